package dev.jango.web.commands;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches folder trees with a {@link WatchService} (one registration per folder, new folders registered as they
 * appear) and reports changes debounced: a save that touches several files, or a build that writes many classes,
 * comes back as one batch once the trees have been quiet for the debounce period. Editor droppings
 * ({@code .swp}, {@code ~}, {@code .#…}) are ignored.
 */
final class SourceWatcher implements Closeable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> roots;

    SourceWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        try {
            this.service = roots.isEmpty() ? null : roots.getFirst().getFileSystem().newWatchService();
            for (Path root : roots) {
                registerTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    List<Path> roots() {
        return roots;
    }

    /**
     * Waits up to {@code timeout} for a change, then until nothing more has changed for {@code debounce}; returns
     * the changed paths, empty when the timeout passed without a change.
     */
    Set<Path> await(Duration timeout, Duration debounce) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        if (service == null) {
            Thread.sleep(timeout.toMillis());
            return changed;
        }
        WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
            collect(key, changed);
            key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    /** Forgets changes seen so far (those a build made while we waited for it). */
    void drain() {
        if (service == null) {
            return;
        }
        WatchKey key;
        while ((key = service.poll()) != null) {
            collect(key, new TreeSet<>());
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(folder == null ? roots.getFirst() : folder); // too many to list: something changed
                continue;
            }
            Path path = folder == null ? null : folder.resolve((Path) event.context());
            if (path == null || ignored(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                if (event.kind() == ENTRY_CREATE) {
                    // A new folder: watch it, and count the files written into it before it was watched.
                    try {
                        registerTree(path);
                        try (var files = Files.walk(path)) {
                            files.filter(Files::isRegularFile).filter(f -> !ignored(f)).forEach(changed::add);
                        }
                    } catch (IOException | UncheckedIOException e) {
                        // It vanished again; nothing to watch.
                    }
                }
                continue; // a folder by itself is not a change to serve
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#")
                || name.equals("4913"); // vim's probe file
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
