package dev.jango.web.templates;

import java.util.List;

/**
 * No template folder holds the requested name. The message lists every place that was searched.
 *
 * <pre>{@code
 * // TemplateDoesNotExist: shop/missing.html:0: template not found; searched: /srv/app/templates/shop/missing.html,
 * //   classpath:templates/shop/missing.html
 * }</pre>
 */
public final class TemplateDoesNotExist extends TemplateError {
    private static final long serialVersionUID = 1L;
    private final List<String> searched;

    public TemplateDoesNotExist(String template, List<String> searched) {
        super(template, 0, "template not found; searched: " + String.join(", ", searched), null);
        this.searched = List.copyOf(searched);
    }

    public List<String> searched() {
        return searched;
    }
}
