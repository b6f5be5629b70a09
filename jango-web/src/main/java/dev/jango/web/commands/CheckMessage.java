package dev.jango.web.commands;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a {@link Check}: its level, stable ID, message, optional hint and the object it is about.
 *
 * <pre>{@code
 * CheckMessage.error("fields.E120", "CHAR field needs max > 0", "add @Char(max = 100)").on("Book.title");
 * // prints: Book.title: (fields.E120) CHAR field needs max > 0
 * //         	HINT: add @Char(max = 100)
 * }</pre>
 *
 * @param level   how serious; {@code ERROR} and above fail {@code manage check}
 * @param id      stable ID {@code <area>.<L><number>}, L being W (warning), E (error), C (critical) or I (info)
 * @param message what is wrong
 * @param hint    how to fix it, may be empty
 * @param subject the object concerned ({@code Book.title}), may be empty for project-wide findings
 */
public record CheckMessage(Level level, String id, String message, String hint, String subject) {
    /** Severity, in increasing order. */
    public enum Level { DEBUG, INFO, WARNING, ERROR, CRITICAL }

    public CheckMessage {
        Objects.requireNonNull(level, "level");
        if (!id.matches("[a-z_]+(\\.[a-z_]+)*\\.[DIWEC]\\d{3}")) {
            throw new IllegalArgumentException("check id '" + id + "' is not of the form area.W001");
        }
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        subject = subject == null ? "" : subject;
    }

    public static CheckMessage warning(String id, String message, String hint) {
        return new CheckMessage(Level.WARNING, id, message, hint, "");
    }

    public static CheckMessage error(String id, String message, String hint) {
        return new CheckMessage(Level.ERROR, id, message, hint, "");
    }

    public static CheckMessage info(String id, String message, String hint) {
        return new CheckMessage(Level.INFO, id, message, hint, "");
    }

    /** The same finding about {@code object}. */
    public CheckMessage on(String object) {
        return new CheckMessage(level, id, message, hint, object);
    }

    public boolean isAtLeast(Level threshold) {
        return level.compareTo(threshold) >= 0;
    }

    public Optional<String> hintText() {
        return hint.isEmpty() ? Optional.empty() : Optional.of(hint);
    }

    /** The report line(s) {@code manage check} prints. */
    public String format() {
        String head = (subject.isEmpty() ? "?" : subject) + ": (" + id + ") " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "\tHINT: " + hint;
    }
}
