package dev.jango.processor;

/** Builds Java source line by line with block indentation; just enough for one generated class. */
final class SourceWriter {
    private final StringBuilder out = new StringBuilder(4096);
    private int depth;

    /** Appends one line at the current depth; an empty string appends a blank line. */
    SourceWriter line(String text) {
        if (!text.isEmpty()) {
            out.repeat("    ", depth).append(text);
        }
        out.append('\n');
        return this;
    }

    /** Appends {@code header {} and indents what follows. */
    SourceWriter open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    /** Closes the innermost block. */
    SourceWriter close() {
        depth--;
        return line("}");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
