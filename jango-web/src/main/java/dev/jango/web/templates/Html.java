package dev.jango.web.templates;

/**
 * HTML escaping for text and attribute values, shared by the template functions and form rendering.
 *
 * <pre>{@code
 * Html.escape("<a href=\"x\">&'");   // &lt;a href=&quot;x&quot;&gt;&amp;&#39;
 * }</pre>
 */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so that the result is safe in element text and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
