package dev.jango.web.forms.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A {@link Storage} on the local file system, under one root folder. Each name is checked segment by segment and
 * the resolved path must stay under the (real) root, so traversal, absolute paths and symlinked escapes are
 * refused. Files are created with {@code CREATE_NEW}, so two uploads of one name never overwrite each other.
 *
 * <pre>{@code
 * Storage media = new FileSystemStorage(settings.mediaRoot(), "/media/");
 * }</pre>
 */
public final class FileSystemStorage implements Storage {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_ATTEMPTS = 100;
    private final Path root;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    public FileSystemStorage(Path root, String baseUrl) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("storage root " + root + " cannot be created", e);
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public Path root() {
        return root;
    }

    /** The file a name maps to, after checking that it stays under the root. */
    public Path path(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/")
                || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new SuspiciousFileOperation("file name '" + printable(name)
                    + "' is not a relative path inside the storage");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new SuspiciousFileOperation("file name '" + printable(name) + "' leaves the storage root"
                        + " or has an empty segment");
            }
        }
        Path resolved = root.resolve(name).normalize();
        if (!resolved.startsWith(root)) {
            throw new SuspiciousFileOperation("file name '" + printable(name) + "' leaves the storage root");
        }
        // A symlink inside the root could still point outside: check the real parent folder when it exists.
        Path parent = resolved.getParent();
        try {
            if (parent != null && Files.exists(parent) && !parent.toRealPath().startsWith(root)) {
                throw new SuspiciousFileOperation("file name '" + printable(name) + "' leaves the storage root"
                        + " through a link");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resolved;
    }

    @Override
    public String save(String name, InputStream content) {
        Path target = path(name);
        try {
            Files.createDirectories(target.getParent());
            String candidate = name;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Path file = path(candidate);
                try (var out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    copy(content, out, file);
                    return candidate;
                } catch (FileAlreadyExistsException e) {
                    candidate = variant(name);
                }
            }
            throw new IllegalStateException("no free name for '" + name + "' after " + MAX_ATTEMPTS + " attempts");
        } catch (IOException e) {
            throw new UncheckedIOException("saving '" + name + "' in " + root + " failed", e);
        }
    }

    // A failed copy (the upload stream broke) must not leave a half-written file under the name.
    private static void copy(InputStream content, java.io.OutputStream out, Path file) throws IOException {
        try {
            content.transferTo(out);
        } catch (IOException | RuntimeException e) {
            out.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** {@code dir/cover.png} → {@code dir/cover_k3j9x2a.png}. */
    private String variant(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String suffix = random.ints(7, 0, ALPHABET.length()).mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
                .collect(Collectors.joining());
        return dot > slash + 1 ? name.substring(0, dot) + "_" + suffix + name.substring(dot)
                : name + "_" + suffix;
    }

    @Override
    public InputStream open(String name) {
        try {
            return Files.newInputStream(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open '" + name + "' in " + root, e);
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(path(name));
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete '" + name + "' in " + root, e);
        }
    }

    @Override
    public long size(String name) {
        try {
            return Files.size(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of '" + name + "' in " + root, e);
        }
    }

    @Override
    public String url(String name) {
        path(name);
        return baseUrl + Arrays.stream(name.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static String printable(String name) {
        return name == null ? "null" : name.replace("\0", "\\0");
    }
}
