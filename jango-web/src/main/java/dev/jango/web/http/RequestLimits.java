package dev.jango.web.http;

import java.util.Objects;

/**
 * Size limits applied while reading and parsing a request. Exceeding one is a 413 or 400 naming the limit.
 * {@code multipart/form-data} bodies are streamed and bounded by {@link #uploads()} instead of
 * {@code maxBodyBytes}; their plain (non-file) fields together still count against {@code maxBodyBytes}.
 *
 * <pre>{@code
 * RequestLimits limits = RequestLimits.defaults().withMaxBodyBytes(50 * 1024 * 1024);
 * }</pre>
 *
 * @param maxBodyBytes largest request body read into memory
 * @param maxFormFields largest number of query or form name/value pairs
 * @param maxParts largest number of multipart parts
 * @param maxPartHeaderBytes largest header block of one multipart part
 * @param uploads how multipart file parts are held (memory threshold, temp folder) and bounded
 */
public record RequestLimits(long maxBodyBytes, int maxFormFields, int maxParts, int maxPartHeaderBytes,
                            UploadLimits uploads) {

    public RequestLimits {
        Objects.requireNonNull(uploads, "uploads");
        if (maxBodyBytes < 0 || maxFormFields < 1 || maxParts < 1 || maxPartHeaderBytes < 64) {
            throw new IllegalArgumentException("request limits must be positive (part headers at least 64 bytes): "
                    + "maxBodyBytes=" + maxBodyBytes + ", maxFormFields=" + maxFormFields + ", maxParts=" + maxParts
                    + ", maxPartHeaderBytes=" + maxPartHeaderBytes);
        }
    }

    /** 10 MiB bodies, 1,000 fields, 100 parts, 8 KiB part headers, {@link UploadLimits#defaults()}. */
    public static RequestLimits defaults() {
        return new RequestLimits(10L * 1024 * 1024, 1000, 100, 8192, UploadLimits.defaults());
    }

    /** With another body limit. */
    public RequestLimits withMaxBodyBytes(long bytes) {
        return new RequestLimits(bytes, maxFormFields, maxParts, maxPartHeaderBytes, uploads);
    }

    /** With another field limit. */
    public RequestLimits withMaxFormFields(int fields) {
        return new RequestLimits(maxBodyBytes, fields, maxParts, maxPartHeaderBytes, uploads);
    }

    /** With other upload limits. */
    public RequestLimits withUploads(UploadLimits u) {
        return new RequestLimits(maxBodyBytes, maxFormFields, maxParts, maxPartHeaderBytes, u);
    }

    /** The largest body accepted for {@code mediaType}: the upload total for multipart, else the body limit. */
    public long maxBodyBytesFor(String mediaType) {
        return mediaType.equals("multipart/form-data") ? uploads.maxTotalBytes() : maxBodyBytes;
    }
}
