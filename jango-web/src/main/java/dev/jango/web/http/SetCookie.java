package dev.jango.web.http;

import java.time.Duration;
import java.util.Optional;

/**
 * One {@code Set-Cookie} instruction. Defaults: path {@code /}, HttpOnly, SameSite=Lax, session lifetime.
 *
 * <pre>{@code
 * response.withCookie(SetCookie.of("theme", "dark").maxAge(Duration.ofDays(30)).secure(true));
 * response.withCookie(SetCookie.delete("theme"));
 * }</pre>
 *
 * @param maxAge empty for a session cookie; zero deletes the cookie
 */
public record SetCookie(String name, String value, String path, Optional<String> domain, Optional<Duration> maxAge,
                        boolean secure, boolean httpOnly, String sameSite) {

    public SetCookie {
        boolean validName = !name.isEmpty();
        for (int i = 0; i < name.length() && validName; i++) {
            validName = Headers.isToken(name.charAt(i));
        }
        if (!validName) {
            throw new IllegalArgumentException("invalid cookie name '" + name + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // RFC 6265 cookie-octet: no controls, whitespace, DQUOTE, comma, semicolon or backslash.
            if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
                throw new IllegalArgumentException("cookie '" + name + "' value has a character not allowed in a cookie: '"
                        + c + "' (encode the value, e.g. base64url)");
            }
        }
        if (!sameSite.equals("Lax") && !sameSite.equals("Strict") && !sameSite.equals("None")) {
            throw new IllegalArgumentException("cookie '" + name + "' SameSite must be Lax, Strict or None, got '" + sameSite + "'");
        }
    }

    /** A session cookie with the defaults. */
    public static SetCookie of(String name, String value) {
        return new SetCookie(name, value, "/", Optional.empty(), Optional.empty(), false, true, "Lax");
    }

    /** An instruction that makes the browser drop {@code name}. */
    public static SetCookie delete(String name) {
        return of(name, "").maxAge(Duration.ZERO);
    }

    /** With a lifetime. */
    public SetCookie maxAge(Duration age) {
        return new SetCookie(name, value, path, domain, Optional.of(age), secure, httpOnly, sameSite);
    }

    /** With the Secure flag. */
    public SetCookie secure(boolean on) {
        return new SetCookie(name, value, path, domain, maxAge, on, httpOnly, sameSite);
    }

    /** With or without HttpOnly (the CSRF cookie must be readable by scripts that send the header). */
    public SetCookie httpOnly(boolean on) {
        return new SetCookie(name, value, path, domain, maxAge, secure, on, sameSite);
    }

    /** With a SameSite policy: Lax, Strict or None. */
    public SetCookie sameSite(String policy) {
        return new SetCookie(name, value, path, domain, maxAge, secure, httpOnly, policy);
    }

    /** With a path. */
    public SetCookie path(String p) {
        return new SetCookie(name, value, p, domain, maxAge, secure, httpOnly, sameSite);
    }

    /** With another value, all else kept (a cookie configured once, sent with a fresh value per response). */
    public SetCookie value(String v) {
        return new SetCookie(name, v, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /** With a domain. */
    public SetCookie domain(String d) {
        return new SetCookie(name, value, path, Optional.of(d), maxAge, secure, httpOnly, sameSite);
    }

    /** The header value. */
    public String render() {
        StringBuilder sb = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        domain.ifPresent(d -> sb.append("; Domain=").append(d));
        maxAge.ifPresent(a -> sb.append("; Max-Age=").append(a.toSeconds()));
        if (secure) {
            sb.append("; Secure");
        }
        if (httpOnly) {
            sb.append("; HttpOnly");
        }
        return sb.append("; SameSite=").append(sameSite).toString();
    }
}
