package dev.jango.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects one file part as the parser finds it: in memory up to the threshold, then in a temporary file (the
 * bytes so far are moved there and the rest appended), so a large upload never sits in the heap. Enforces the
 * per-file limit as bytes arrive.
 */
final class UploadSpool implements MultipartInput.Sink {
    private final String field;
    private final String filename;
    private final UploadLimits limits;
    private final boolean mayUseDisk;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private OutputStream file;
    private Path path;
    private long size;

    UploadSpool(String field, String filename, UploadLimits limits, boolean mayUseDisk) {
        this.field = field;
        this.filename = filename;
        this.limits = limits;
        this.mayUseDisk = mayUseDisk;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        size += length;
        if (size > limits.maxFileBytes()) {
            throw new PayloadTooLarge("uploaded file '" + filename + "' (field '" + field
                    + "') exceeds the per-file upload limit of " + limits.maxFileBytes() + " bytes");
        }
        if (file == null && mayUseDisk && size > limits.memoryThreshold()) {
            Files.createDirectories(limits.tempDir());
            path = Files.createTempFile(limits.tempDir(), "jango-upload-", ".part");
            file = Files.newOutputStream(path);
            memory.writeTo(file);
            memory = null;
        }
        if (file != null) {
            file.write(bytes, offset, length);
        } else {
            memory.write(bytes, offset, length);
        }
    }

    /** The finished part. */
    UploadedFile finish(String contentType) throws IOException {
        if (file == null) {
            return UploadedFile.inMemory(field, filename, contentType, memory.toByteArray());
        }
        file.close();
        return UploadedFile.onDisk(field, filename, contentType, path, size);
    }

    /** Drops whatever was written (the request failed): closes and deletes the temporary file. */
    void abort() {
        try {
            if (file != null) {
                file.close();
            }
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Already failing; the original error is the one to report.
        }
    }
}
