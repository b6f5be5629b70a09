package dev.jango.web.templates;

import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.middleware.CsrfMiddleware;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template engine: Pebble (Django-like syntax, inheritance with {@code extends}/{@code block}, autoescape on)
 * over per-app template folders, with {@code url()}, {@code static()} and {@code csrf_input()}. Errors become
 * {@link TemplateError}s whose message starts with {@code <template>:<line>:}. In debug, templates are re-read on
 * every render; otherwise compiled templates are cached.
 *
 * <pre>{@code
 * Templates t = Templates.forApps(registry, baseDir, router::reverse);
 * String html = t.render("shop/book_list.html", Map.of("books", books, "csrf_token", token));
 * }</pre>
 */
public final class Templates {
    private static final int INITIAL_BUFFER = 8192;

    private final PebbleEngine engine;
    /** Bytes to allocate for a template's next page: its largest recent page plus an eighth (see renderUtf8). */
    private final Map<String, Integer> pageSizes = new ConcurrentHashMap<>();

    private Templates(PebbleEngine engine) {
        this.engine = engine;
    }

    /**
     * An engine for the registry's apps: the project's {@code templates/} folder (if present) first, then each
     * app's {@link App#templatesFolder()}, then {@code templates/} on the class path.
     */
    public static Templates forApps(AppRegistry registry, Path baseDir, UrlReverser reverser) {
        Map<String, String> folders = new LinkedHashMap<>();
        for (App app : registry.apps()) {
            String folder = app.templatesFolder();
            folders.put(app.label(), folder.endsWith("/") ? folder : folder + "/");
        }
        Path projectDir = baseDir.resolve("templates");
        List<Path> dirs = Files.isDirectory(projectDir) ? List.of(projectDir) : List.of();
        return create(dirs, folders, reverser, registry.settings().staticUrl(), registry.settings().debug());
    }

    /**
     * An engine over {@code templates/} on the class path only (each app's default folder), without routes: the
     * simplest set-up, for small apps and generated projects.
     */
    public static Templates classpath(String staticUrl) {
        return create(List.of(), Map.of(), UrlReverser.none(), staticUrl, false);
    }

    /**
     * An engine over explicit folders.
     *
     * @param dirs       file-system folders searched first
     * @param appFolders class-path folder by app label
     * @param reverser   what {@code url()} calls
     * @param staticUrl  what {@code static()} prefixes
     * @param debug      re-read templates on each render
     */
    public static Templates create(List<Path> dirs, Map<String, String> appFolders, UrlReverser reverser,
            String staticUrl, boolean debug) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new TemplateLoader(dirs, appFolders, cl != null ? cl : Templates.class.getClassLoader()))
                .extension(new JangoExtension(reverser, staticUrl))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .cacheActive(!debug)
                .build();
        return new Templates(engine);
    }

    /** Renders {@code name} with {@code context} to a string. */
    public String render(String name, Map<String, Object> context) {
        // A page is kilobytes: starting at 16 chars, the buffer was copied a dozen times per render.
        StringWriter out = new StringWriter(INITIAL_BUFFER);
        render(name, context, out);
        return out.toString();
    }

    /**
     * Renders {@code name} with {@code context} to UTF-8 bytes, the form a response body takes. The buffer starts at
     * the size this template's pages have had, so a page is written once and copied once, not grown and re-encoded.
     *
     * <pre>{@code
     * byte[] body = templates.renderUtf8("shop/book_list.html", Map.of("books", books));
     * }</pre>
     */
    public byte[] renderUtf8(String name, Map<String, Object> context) {
        Integer expected = pageSizes.get(name);
        Utf8Output out = new Utf8Output(expected != null ? expected : INITIAL_BUFFER);
        render(name, context, out);
        int size = out.size();
        // Remember a size with headroom; write only when a page outgrows it or shrinks to half, not on every render.
        if (expected == null || size > expected || size < expected / 2) {
            pageSizes.put(name, size + size / 8);
        }
        return out.toByteArray();
    }

    /**
     * Renders {@code name} with {@code context} into {@code out} (streamed as it goes).
     *
     * @throws TemplateDoesNotExist when no folder holds {@code name}
     * @throws TemplateError        naming the template and line on a syntax or rendering error
     */
    public void render(String name, Map<String, Object> context, Writer out) {
        TemplateLoader.checkName(name);
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, Map.copyOf(context));
        } catch (PebbleException e) {
            throw translate(name, e);
        } catch (TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            // Raised by model code a template called; Pebble gives no position for these.
            throw new TemplateError(name, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing template " + name + " failed", e);
        }
    }

    /**
     * Renders {@code name} as an HTML response for {@code request}, adding {@code request} and, when the CSRF
     * middleware ran, {@code csrf_token} to the context (so {@code csrf_input()} works in forms).
     *
     * <pre>{@code
     * return templates.response(request, "shop/book_form.html", Map.of("form", form));
     * }</pre>
     */
    public HttpResponse response(HttpRequest request, String name, Map<String, Object> context) {
        Map<String, Object> full = new java.util.HashMap<>(context);
        full.putIfAbsent("request", request);
        if (CsrfMiddleware.active(request)) {
            // Made when the template prints it (csrf_input(), {{ csrf_token }}), so only pages with a form set the
            // CSRF cookie; without the middleware, csrf_input() fails with its own message, naming the line.
            full.putIfAbsent("csrf_token", new PageCsrfToken(request));
        }
        return HttpResponse.htmlUtf8(200, renderUtf8(name, full));
    }

    /** The context's {@code csrf_token}: the masked token, drawn when a template prints it. */
    private record PageCsrfToken(HttpRequest request) {
        @Override
        public String toString() {
            return CsrfMiddleware.token(request);
        }
    }

    /** Whether a template called {@code name} exists. */
    public boolean exists(String name) {
        return engine.getLoader().resourceExists(TemplateLoader.checkName(name));
    }

    private static TemplateError translate(String requested, PebbleException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateError te) {
                return te;
            }
        }
        String file = e.getFileName() != null ? e.getFileName() : requested;
        int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
        String detail = e.getPebbleMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !detail.contains(root.getMessage())) {
            // Reflection wraps the model's own exception; its message is the useful part.
            detail = detail + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return new TemplateError(file, line, detail, e);
    }
}
