package dev.jango.web.forms;

/**
 * Cross-field cleaning, run after every field cleaned (also when some failed: check {@link CleanedData#has}).
 * Report problems with {@link Errors#add}, or throw {@link ValidationError} for a non-field error.
 *
 * <pre>{@code
 * FormCleaner datesInOrder = (data, errors) -> {
 *     if (data.has("start") && data.has("end") && data.get(END).isBefore(data.get(START))) {
 *         errors.add("end", "invalid", "The end is before the start.");
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface FormCleaner {
    void clean(CleanedData data, Errors errors);
}
