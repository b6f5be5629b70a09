package dev.jango.web.templates;

/**
 * A template failed to compile or render. The message starts with {@code <template>:<line>:} so that the file and
 * line are always visible, in logs and on the debug error page alike.
 *
 * <pre>{@code
 * // TemplateError: shop/book_list.html:7: Unexpected end of template. Pebble was looking for the "endfor" tag
 * e.template();   // "shop/book_list.html"
 * e.line();       // 7
 * }</pre>
 */
public class TemplateError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String template;
    private final int line;

    public TemplateError(String template, int line, String detail, Throwable cause) {
        super(template + ":" + line + ": " + detail, cause);
        this.template = template;
        this.line = line;
    }

    /** The template the error is in (which may be an included or parent template). */
    public String template() {
        return template;
    }

    /** The 1-based line, or 0 when the error is not tied to a line (template not found). */
    public int line() {
        return line;
    }
}
