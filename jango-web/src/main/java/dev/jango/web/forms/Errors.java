package dev.jango.web.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error messages of a bound form by field name; non-field errors are under {@link #NON_FIELD}. Written only while
 * the form is being cleaned; read-only views afterwards.
 *
 * <pre>{@code
 * errors.add("email", "unique", "A user with this email already exists.");
 * errors.add(Errors.NON_FIELD, "invalid", "Passwords do not match.");
 * }</pre>
 */
public final class Errors {
    /** The key of errors that belong to no single field. */
    public static final String NON_FIELD = "__all__";

    private final Map<String, List<ValidationError>> byField = new LinkedHashMap<>();
    private boolean frozen;

    Errors() {
    }

    /** Adds an error to {@code field} (or {@link #NON_FIELD}). */
    public void add(String field, String code, String message) {
        add(field, new ValidationError(code, message));
    }

    public void add(String field, ValidationError error) {
        if (frozen) {
            throw new IllegalStateException("errors are read-only once the form is cleaned");
        }
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(error);
    }

    void freeze() {
        frozen = true;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Messages of {@code field}, in the order they were found. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of()).stream().map(Throwable::getMessage).toList();
    }

    /** Codes of {@code field}'s errors ({@code required}, {@code max_length}…). */
    public List<String> codes(String field) {
        return byField.getOrDefault(field, List.of()).stream().map(ValidationError::code).toList();
    }

    /** All messages by field. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byField.keySet().forEach(k -> out.put(k, of(k)));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
