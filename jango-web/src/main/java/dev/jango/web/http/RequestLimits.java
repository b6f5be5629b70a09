package dev.jango.web.http;

/**
 * Size limits applied while reading and parsing a request. Exceeding one is a 413 or 400 naming the limit.
 *
 * <pre>{@code
 * RequestLimits limits = RequestLimits.defaults().withMaxBodyBytes(50 * 1024 * 1024);
 * }</pre>
 *
 * @param maxBodyBytes largest request body read into memory
 * @param maxFormFields largest number of query or form name/value pairs
 * @param maxParts largest number of multipart parts
 * @param maxPartHeaderBytes largest header block of one multipart part
 */
public record RequestLimits(long maxBodyBytes, int maxFormFields, int maxParts, int maxPartHeaderBytes) {

    public RequestLimits {
        if (maxBodyBytes < 0 || maxFormFields < 1 || maxParts < 1 || maxPartHeaderBytes < 64) {
            throw new IllegalArgumentException("request limits must be positive (part headers at least 64 bytes): " + this);
        }
    }

    /** 10 MiB bodies, 1,000 fields, 100 parts, 8 KiB part headers. */
    public static RequestLimits defaults() {
        return new RequestLimits(10L * 1024 * 1024, 1000, 100, 8192);
    }

    /** With another body limit. */
    public RequestLimits withMaxBodyBytes(long bytes) {
        return new RequestLimits(bytes, maxFormFields, maxParts, maxPartHeaderBytes);
    }

    /** With another field limit. */
    public RequestLimits withMaxFormFields(int fields) {
        return new RequestLimits(maxBodyBytes, fields, maxParts, maxPartHeaderBytes);
    }
}
