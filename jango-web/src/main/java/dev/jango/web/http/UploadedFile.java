package dev.jango.web.http;

import java.nio.charset.StandardCharsets;

/**
 * One file part of a {@code multipart/form-data} body, held in memory (the body size limit bounds it).
 *
 * <pre>{@code
 * UploadedFile f = request.multipart().file("avatar").orElseThrow(() -> new BadRequest("avatar is required"));
 * Files.write(dir.resolve(f.safeFilename()), f.content());
 * }</pre>
 */
public record UploadedFile(String field, String filename, String contentType, byte[] content) {

    /** Size in bytes. */
    public long size() {
        return content.length;
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The client's file name stripped of any directory part and control characters, never empty. */
    public String safeFilename() {
        String base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}]", "");
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "upload" : base;
    }
}
