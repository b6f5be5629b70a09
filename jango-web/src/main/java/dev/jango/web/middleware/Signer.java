package dev.jango.web.middleware;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a value with HMAC-SHA256 and a timestamp so it can travel through the client (a cookie) and come back
 * untampered. The salt separates uses: a value signed for sessions does not verify as anything else.
 *
 * <pre>{@code
 * Signer s = new Signer(secretKey, "jango.sessions", Clock.systemUTC());
 * String token = s.sign("payload");
 * s.unsign(token, Duration.ofDays(14));   // Optional[payload]; empty if tampered or expired
 * }</pre>
 */
public final class Signer {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    /** With a secret of at least 32 characters, a purpose salt and a clock. */
    public Signer(String secretKey, String salt, Clock clock) {
        if (secretKey.length() < 32) {
            throw new IllegalArgumentException("secret key must be at least 32 characters, got " + secretKey.length());
        }
        this.key = (salt + "\u0000" + secretKey).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** {@code base64(value).base64(timestamp).base64(mac)}. */
    public String sign(String value) {
        String body = B64.encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "."
                + Long.toString(clock.instant().getEpochSecond(), 36);
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The value, if the signature verifies and it is younger than {@code maxAge}. */
    public Optional<String> unsign(String signed, Duration maxAge) {
        int last = signed.lastIndexOf('.');
        int mid = last <= 0 ? -1 : signed.lastIndexOf('.', last - 1);
        if (mid <= 0) {
            return Optional.empty();
        }
        String body = signed.substring(0, last);
        try {
            if (!MessageDigest.isEqual(mac(body), B64D.decode(signed.substring(last + 1)))) {
                return Optional.empty();
            }
            long ts = Long.parseLong(signed.substring(mid + 1, last), 36);
            if (clock.instant().getEpochSecond() - ts > maxAge.toSeconds()) {
                return Optional.empty();
            }
            return Optional.of(new String(B64D.decode(signed.substring(0, mid)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // bad base64 or number: a forged or truncated value
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the JDK", e);
        }
    }
}
