package dev.jango.web.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code multipart/form-data} body: plain fields and file parts. File parts too big for memory live in
 * temporary files until {@link #deleteTemporaryFiles()}, which the server calls when the request ends.
 *
 * <pre>{@code
 * MultipartForm form = request.multipart();
 * String title = form.fields().first("title").orElse("");
 * List<UploadedFile> scans = form.files("scan");
 * }</pre>
 */
public record MultipartForm(Params fields, Map<String, List<UploadedFile>> fileParts) {

    public MultipartForm {
        fileParts = Map.copyOf(fileParts);
    }

    /** The first file sent for {@code field}. */
    public Optional<UploadedFile> file(String field) {
        List<UploadedFile> f = fileParts.get(field);
        return f == null || f.isEmpty() ? Optional.empty() : Optional.of(f.getFirst());
    }

    /** Every file sent for {@code field}. */
    public List<UploadedFile> files(String field) {
        return fileParts.getOrDefault(field, List.of());
    }

    /** Deletes the temporary files of spilled parts; idempotent. Reading those parts afterwards fails. */
    public void deleteTemporaryFiles() {
        fileParts.values().forEach(list -> list.forEach(UploadedFile::discard));
    }
}
