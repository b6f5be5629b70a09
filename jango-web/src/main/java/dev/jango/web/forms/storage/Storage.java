package dev.jango.web.forms.storage;

import dev.jango.web.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Where uploaded files go: the SPI file fields and models save through. Names are relative, slash-separated paths
 * ({@code covers/2024/dune.png}); a storage refuses names that would leave its root with
 * {@link SuspiciousFileOperation}. {@link #save} never overwrites: it returns the name actually used.
 *
 * <pre>{@code
 * Storage media = new FileSystemStorage(Path.of("media"), "/media/");
 * String stored = media.save("covers/" + upload.safeFilename(), upload);   // streams, also for spilled uploads
 * media.url(stored);   // /media/covers/dune_k3j9x2a.png when dune.png already existed
 * }</pre>
 */
public interface Storage {
    /** Stores {@code content} under {@code name}, or a free variant of it; returns the name used. */
    String save(String name, InputStream content);

    /**
     * Stores an upload under {@code name} (or a free variant), streaming it from memory or from its temporary file
     * so a large upload is never loaded whole; returns the name used.
     */
    default String save(String name, UploadedFile upload) {
        try (InputStream in = upload.open()) {
            return save(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload '" + upload.filename() + "'", e);
        }
    }

    /** Opens a stored file. */
    InputStream open(String name);

    boolean exists(String name);

    /** Deletes a stored file; deleting a missing file is not an error. */
    void delete(String name);

    long size(String name);

    /** The URL the file is served at. */
    String url(String name);
}
