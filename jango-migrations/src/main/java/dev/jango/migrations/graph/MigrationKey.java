package dev.jango.migrations.graph;

/** Names one migration: {@code shop.0002_book_isbn}. */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {
    /** Parses {@code app.name}. */
    public static MigrationKey parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a migration key (expected app.name)");
        }
        return new MigrationKey(text.substring(0, dot), text.substring(dot + 1));
    }

    @Override
    public int compareTo(MigrationKey o) {
        int c = app.compareTo(o.app);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return app + "." + name;
    }
}
