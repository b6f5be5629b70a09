package dev.jango.web.templates;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds templates by name, in order: the project's template folders on disk, the folder of the app whose label
 * starts the name ({@code shop/list.html} → the shop app's folder), then {@code templates/<name>} on the class path.
 * Names with {@code ..}, backslashes, NUL or a leading slash are refused, so a name built from input cannot escape.
 */
final class TemplateLoader implements Loader<String> {
    private final List<Path> dirs;
    private final Map<String, String> appFolders;
    private final ClassLoader classLoader;

    TemplateLoader(List<Path> dirs, Map<String, String> appFolders, ClassLoader classLoader) {
        this.dirs = dirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.appFolders = Map.copyOf(appFolders);
        this.classLoader = classLoader;
    }

    /** A source found for a name: a file or a class-path resource. */
    private record Source(Path file, String resource) {
        InputStream open(ClassLoader loader) throws IOException {
            return file != null ? Files.newInputStream(file) : loader.getResourceAsStream(resource);
        }
    }

    static String checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || List.of(name.split("/")).contains("..")) {
            throw new TemplateError(name, 0, "invalid template name: use a relative path without '..'", null);
        }
        return name;
    }

    private List<String> candidates(String name, List<Source> out) {
        List<String> searched = new ArrayList<>();
        for (Path dir : dirs) {
            Path file = dir.resolve(name).normalize();
            searched.add(file.toString());
            if (file.startsWith(dir)) {
                out.add(new Source(file, null));
            }
        }
        int slash = name.indexOf('/');
        if (slash > 0) {
            String folder = appFolders.get(name.substring(0, slash));
            if (folder != null) {
                String resource = folder + name.substring(slash + 1);
                searched.add("classpath:" + resource);
                out.add(new Source(null, resource));
            }
        }
        searched.add("classpath:templates/" + name);
        out.add(new Source(null, "templates/" + name));
        return searched;
    }

    private Optional<Source> find(String name) {
        List<Source> sources = new ArrayList<>();
        candidates(checkName(name), sources);
        for (Source s : sources) {
            if (s.file() != null ? Files.isRegularFile(s.file()) : classLoader.getResource(s.resource()) != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public Reader getReader(String name) {
        Source source = find(name).orElseThrow(() -> {
            List<Source> ignored = new ArrayList<>();
            return new TemplateDoesNotExist(name, candidates(name, ignored));
        });
        try {
            return new InputStreamReader(source.open(classLoader), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    @Override
    public void setCharset(String charset) {
        // Templates are UTF-8, always.
    }

    @Override
    public void setPrefix(String prefix) {
        // Folders are given at construction.
    }

    @Override
    public void setSuffix(String suffix) {
        // Names carry their extension.
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (!relativePath.startsWith("./") && !relativePath.startsWith("../")) {
            return null;
        }
        Path anchorDir = Path.of(anchorPath).getParent();
        Path resolved = (anchorDir == null ? Path.of("") : anchorDir).resolve(relativePath).normalize();
        return resolved.toString().replace('\\', '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return find(templateName).isPresent();
    }
}
