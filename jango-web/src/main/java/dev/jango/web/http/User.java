package dev.jango.web.http;

/**
 * Who made the request, as later authentication fills it in ({@code request.user()}); anonymous until then.
 *
 * <pre>{@code
 * if (!request.user().isAuthenticated()) return Redirect.to("/login/");
 * }</pre>
 */
public interface User {
    /** The anonymous user: not authenticated, no permissions. */
    User ANONYMOUS = new User() {
        @Override
        public boolean isAuthenticated() {
            return false;
        }

        @Override
        public String username() {
            return "";
        }

        @Override
        public boolean hasPermission(String permission) {
            return false;
        }

        @Override
        public String toString() {
            return "AnonymousUser";
        }
    };

    /** Whether the user logged in. */
    boolean isAuthenticated();

    /** The login name; empty for the anonymous user. */
    String username();

    /** Whether the user holds {@code permission} (Django's {@code "app.codename"} form). */
    boolean hasPermission(String permission);
}
