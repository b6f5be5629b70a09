package dev.jango.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * One file part of a {@code multipart/form-data} body. Small parts (up to {@link UploadLimits#memoryThreshold()})
 * are held in memory; bigger ones were streamed to a temporary file while the request was read, and that file is
 * deleted when the request ends. Read it with {@link #open()} or copy it with {@link #transferTo(Path)}; both work
 * the same for either kind.
 *
 * <pre>{@code
 * UploadedFile f = request.multipart().file("avatar").orElseThrow(() -> new BadRequest("avatar is required"));
 * f.transferTo(dir.resolve(f.safeFilename()));            // or: storage.save("avatars/" + f.safeFilename(), f)
 * try (InputStream in = f.open()) { ... }
 * }</pre>
 */
public final class UploadedFile {
    private final String field;
    private final String filename;
    private final String contentType;
    private final byte[] memory;
    private final Path spilled;
    private final long size;

    /** A file held in memory (tests, in-memory requests). */
    public UploadedFile(String field, String filename, String contentType, byte[] content) {
        this(field, filename, contentType, content.clone(), null, content.length);
    }

    private UploadedFile(String field, String filename, String contentType, byte[] memory, Path spilled, long size) {
        this.field = Objects.requireNonNull(field, "field");
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.memory = memory;
        this.spilled = spilled;
        this.size = size;
    }

    /** A part the parser streamed to {@code file}; the request's end deletes it. */
    static UploadedFile onDisk(String field, String filename, String contentType, Path file, long size) {
        return new UploadedFile(field, filename, contentType, null, file, size);
    }

    /** A part the parser kept in memory; {@code content} is owned by the new value. */
    static UploadedFile inMemory(String field, String filename, String contentType, byte[] content) {
        return new UploadedFile(field, filename, contentType, content, null, content.length);
    }

    /** The form field the file was sent under. */
    public String field() {
        return field;
    }

    /** The file name the client sent, as sent (may contain directories; see {@link #safeFilename()}). */
    public String filename() {
        return filename;
    }

    /** The part's Content-Type, {@code application/octet-stream} when it had none. */
    public String contentType() {
        return contentType;
    }

    /** Size in bytes. */
    public long size() {
        return size;
    }

    /** The temporary file holding the content, when the part was too big for memory; deleted at the request's end. */
    public Optional<Path> temporaryFile() {
        return Optional.ofNullable(spilled);
    }

    /** The content as a stream; the caller closes it. */
    public InputStream open() {
        if (spilled == null) {
            return new ByteArrayInputStream(memory);
        }
        try {
            return Files.newInputStream(spilled);
        } catch (IOException e) {
            throw new UncheckedIOException("upload '" + filename + "' is no longer readable (the request ended?)", e);
        }
    }

    /**
     * Copies the content to {@code target}, replacing it; the upload stays readable. Returns {@code target}.
     */
    public Path transferTo(Path target) {
        try {
            if (spilled != null) {
                Files.copy(spilled, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.write(target, memory);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy upload '" + filename + "' to " + target, e);
        }
    }

    /**
     * The whole content in memory. Fine for small parts; for a spilled part this reads the file, so prefer
     * {@link #open()} or {@link #transferTo(Path)} for anything that may be large.
     */
    public byte[] content() {
        if (spilled == null) {
            return memory.clone();
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("upload '" + filename + "' has " + size + " bytes, too many for an array;"
                    + " use open() or transferTo()");
        }
        try {
            return Files.readAllBytes(spilled);
        } catch (IOException e) {
            throw new UncheckedIOException("upload '" + filename + "' is no longer readable (the request ended?)", e);
        }
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content(), StandardCharsets.UTF_8);
    }

    /** The client's file name stripped of any directory part and control characters, never empty. */
    public String safeFilename() {
        String base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}]", "");
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "upload" : base;
    }

    /** Deletes the temporary file, if any; quietly, since the request is ending. */
    void discard() {
        if (spilled != null) {
            try {
                Files.deleteIfExists(spilled);
            } catch (IOException e) {
                // Nothing useful to do at the end of a request; the OS temp cleaner gets it.
            }
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + field + "=" + filename + ", " + contentType + ", " + size + " bytes"
                + (spilled == null ? ", in memory]" : ", on disk]");
    }
}
