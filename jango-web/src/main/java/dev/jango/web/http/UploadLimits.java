package dev.jango.web.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How multipart uploads are held while a request is parsed. A file part up to {@code memoryThreshold} bytes stays
 * in memory; a bigger one is streamed to a temporary file in {@code tempDir} as it arrives, so the whole body is
 * never in memory. A file over {@code maxFileBytes} or a multipart body over {@code maxTotalBytes} is a
 * {@link PayloadTooLarge} (413) naming the limit. Temporary files are deleted when the request ends.
 *
 * <pre>{@code
 * UploadLimits u = UploadLimits.defaults().withMaxFileBytes(200L << 20).withTempDir(Path.of("/var/tmp/uploads"));
 * RequestLimits limits = RequestLimits.defaults().withUploads(u);
 * }</pre>
 *
 * @param memoryThreshold largest file part kept in memory (Django's {@code FILE_UPLOAD_MAX_MEMORY_SIZE})
 * @param maxFileBytes    largest single file part
 * @param maxTotalBytes   largest whole {@code multipart/form-data} body
 * @param tempDir         folder for spilled parts; the JVM's {@code java.io.tmpdir} by default
 */
public record UploadLimits(long memoryThreshold, long maxFileBytes, long maxTotalBytes, Path tempDir) {
    /** 2.5 MB, as Django's default. */
    public static final long DEFAULT_MEMORY_THRESHOLD = 2_621_440;

    public UploadLimits {
        Objects.requireNonNull(tempDir, "tempDir");
        if (memoryThreshold < 0 || maxFileBytes < 0 || maxTotalBytes < 0) {
            throw new IllegalArgumentException("upload limits must not be negative: memoryThreshold="
                    + memoryThreshold + ", maxFileBytes=" + maxFileBytes + ", maxTotalBytes=" + maxTotalBytes);
        }
    }

    /** 2.5 MB in memory, 100 MiB per file, 200 MiB per request, spilled to {@code java.io.tmpdir}. */
    public static UploadLimits defaults() {
        return new UploadLimits(DEFAULT_MEMORY_THRESHOLD, 100L << 20, 200L << 20,
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** With another in-memory threshold. */
    public UploadLimits withMemoryThreshold(long bytes) {
        return new UploadLimits(bytes, maxFileBytes, maxTotalBytes, tempDir);
    }

    /** With another per-file limit. */
    public UploadLimits withMaxFileBytes(long bytes) {
        return new UploadLimits(memoryThreshold, bytes, maxTotalBytes, tempDir);
    }

    /** With another per-request limit. */
    public UploadLimits withMaxTotalBytes(long bytes) {
        return new UploadLimits(memoryThreshold, maxFileBytes, bytes, tempDir);
    }

    /** With another folder for spilled parts. */
    public UploadLimits withTempDir(Path dir) {
        return new UploadLimits(memoryThreshold, maxFileBytes, maxTotalBytes, dir);
    }
}
