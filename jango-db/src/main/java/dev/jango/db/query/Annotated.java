package dev.jango.db.query;

/**
 * A model instance with the annotations computed for it (ADR 0022: annotations live beside the instance, never in
 * its fields, so models stay plain and no reflection is needed).
 *
 * <pre>{@code
 * for (Annotated<Book> a : Book.objects.annotate("rank", Window.rank().orderBy(BOOK.pages.desc())).annotated()) {
 *     System.out.println(a.instance().title + " #" + a.get("rank", Long.class));
 * }
 * }</pre>
 *
 * @param instance    the loaded instance
 * @param annotations its annotation values by name
 * @param <M>         the model
 */
public record Annotated<M>(M instance, Row annotations) {
    /** The annotation named {@code name} as {@code type}. */
    public <T> T get(String name, Class<T> type) {
        return annotations.get(name, type);
    }
}
