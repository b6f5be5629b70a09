/**
 * Typed settings: immutable records built from a profile ({@code JANGO_PROFILE} = base, dev or prod), the
 * project's adjustments and environment overrides, validated once at start-up.
 *
 * <pre>{@code
 * // JANGO_PROFILE=prod JANGO_SECRET_KEY=... JANGO_ALLOWED_HOSTS=shop.example.com PORT=8080
 * Settings s = Settings.load(System.getenv());
 * s.security().hstsSeconds();   // 31536000
 * }</pre>
 */
package dev.jango.web.settings;
