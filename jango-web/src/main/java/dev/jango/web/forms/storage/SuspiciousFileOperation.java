package dev.jango.web.forms.storage;

/**
 * A file name tried to leave the storage root ({@code ../../etc/passwd}, an absolute path, a NUL byte). The web
 * layer maps it to 400; the message names the offending name.
 *
 * <pre>{@code
 * storage.save("../x", in);   // SuspiciousFileOperation: file name '../x' leaves the storage root
 * }</pre>
 */
public final class SuspiciousFileOperation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SuspiciousFileOperation(String message) {
        super(message);
    }
}
