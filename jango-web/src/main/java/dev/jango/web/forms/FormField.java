package dev.jango.web.forms;

import dev.jango.db.meta.Choice;
import dev.jango.web.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a form: how its submitted text is parsed and validated, and how it is drawn. Immutable: each
 * {@code label(..)}, {@code required(..)}, {@code validator(..)} call returns a new field. Create fields with
 * {@link Fields}.
 *
 * <pre>{@code
 * FormField<Integer> seats = Fields.integer("seats", 1, 12).label("Seats").help("At most 12")
 *         .message("max_value", "We have only 12 seats.");
 * seats.clean(Optional.of("13"));   // ValidationError(max_value, "We have only 12 seats.")
 * }</pre>
 *
 * @param <T> the cleaned value's type
 */
public final class FormField<T> {
    /** Turns non-empty submitted text into a value, or throws {@link ValidationError}. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    private final String name;
    private final Class<T> type;
    private final Parser<T> parser;
    private final Function<Object, String> formatter;
    private final T emptyValue;
    private final String label;
    private final boolean required;
    private final String help;
    private final Widget widget;
    private final List<Validator<? super T>> validators;
    private final List<Choice> choices;
    private final Map<String, String> messages;
    private final Map<String, String> htmlAttrs;
    private final Optional<String> initial;
    private final boolean strip;

    private FormField(String name, Class<T> type, Parser<T> parser, Function<Object, String> formatter, T emptyValue,
            String label, boolean required, String help, Widget widget, List<Validator<? super T>> validators,
            List<Choice> choices, Map<String, String> messages, Map<String, String> htmlAttrs,
            Optional<String> initial, boolean strip) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("form field name '" + name + "' must be a Java-style identifier");
        }
        this.name = name;
        this.type = type;
        this.parser = parser;
        this.formatter = formatter;
        this.emptyValue = emptyValue;
        this.label = label;
        this.required = required;
        this.help = help;
        this.widget = widget;
        this.validators = List.copyOf(validators);
        this.choices = List.copyOf(choices);
        this.messages = Map.copyOf(messages);
        // Insertion order is the attribute order in the HTML: keep it stable.
        this.htmlAttrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(htmlAttrs));
        this.initial = initial;
        this.strip = strip;
    }

    /** A required field with a label derived from the name ({@code first_name} → {@code First name}). */
    static <T> FormField<T> create(String name, Class<T> type, Parser<T> parser, Widget widget) {
        return new FormField<>(name, type, parser, String::valueOf, null, defaultLabel(name), true, "", widget,
                List.of(), List.of(), Map.of(), Map.of(), Optional.empty(), true);
    }

    static String defaultLabel(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                .strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private FormField<T> with(String newLabel, boolean newRequired, String newHelp, Widget newWidget,
            List<Validator<? super T>> newValidators, List<Choice> newChoices, Map<String, String> newMessages,
            Map<String, String> newAttrs, Optional<String> newInitial, T newEmpty, Function<Object, String> newFmt,
            boolean newStrip) {
        return new FormField<>(name, type, parser, newFmt, newEmpty, newLabel, newRequired, newHelp, newWidget,
                newValidators, newChoices, newMessages, newAttrs, newInitial, newStrip);
    }

    public FormField<T> label(String value) {
        return with(value, required, help, widget, validators, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    public FormField<T> required(boolean value) {
        return with(label, value, help, widget, validators, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    public FormField<T> help(String value) {
        return with(label, required, value, widget, validators, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    public FormField<T> widget(Widget value) {
        return with(label, required, help, value, validators, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    /** Adds a validator, run after parsing on non-empty values. */
    public FormField<T> validator(Validator<? super T> v) {
        List<Validator<? super T>> more = new ArrayList<>(validators);
        more.add(v);
        return with(label, required, help, widget, more, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    /** Replaces the message of errors with {@code code} ({@code required}, {@code invalid}, {@code max_length}…). */
    public FormField<T> message(String code, String text) {
        Map<String, String> more = new LinkedHashMap<>(messages);
        more.put(code, text);
        return with(label, required, help, widget, validators, choices, more, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    /** The value shown in an unbound form, as submitted text. */
    public FormField<T> initial(String text) {
        return with(label, required, help, widget, validators, choices, messages, htmlAttrs, Optional.of(text),
                emptyValue, formatter, strip);
    }

    FormField<T> attr(String attrName, String value) {
        Map<String, String> more = new LinkedHashMap<>(htmlAttrs);
        more.put(attrName, value);
        return with(label, required, help, widget, validators, choices, messages, more, initial, emptyValue,
                formatter, strip);
    }

    FormField<T> choices(List<Choice> value) {
        return with(label, required, help, widget, validators, value, messages, htmlAttrs, initial, emptyValue,
                formatter, strip);
    }

    FormField<T> emptyValue(T value) {
        return with(label, required, help, widget, validators, choices, messages, htmlAttrs, initial, value,
                formatter, strip);
    }

    FormField<T> formatter(Function<Object, String> value) {
        return with(label, required, help, widget, validators, choices, messages, htmlAttrs, initial, emptyValue,
                value, strip);
    }

    FormField<T> strip(boolean value) {
        return with(label, required, help, widget, validators, choices, messages, htmlAttrs, initial, emptyValue,
                formatter, value);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public String label() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    public String help() {
        return help;
    }

    public Widget widget() {
        return widget;
    }

    public List<Choice> choices() {
        return choices;
    }

    public Optional<String> initial() {
        return initial;
    }

    /** Whether the value comes from the uploaded files rather than the fields. */
    public boolean isFile() {
        return type == UploadedFile.class;
    }

    /** Attributes the widget gets from the field's rules ({@code maxlength}, {@code required}, {@code step}…). */
    Map<String, String> htmlAttrs() {
        Map<String, String> all = new LinkedHashMap<>(htmlAttrs);
        if (required) {
            all.put("required", "");
        }
        return all;
    }

    /** A model or initial value as the text a widget shows. */
    String format(Object value) {
        return value == null ? null : formatter.apply(value);
    }

    /**
     * Cleans submitted text: empty (after stripping) → the empty value, or {@code required}; else parse, then
     * validators.
     *
     * @throws ValidationError with this field's message for the failing code
     */
    public T clean(Optional<String> raw) {
        String text = raw.map(v -> strip ? v.strip() : v).orElse("");
        try {
            if (text.isEmpty()) {
                if (required) {
                    throw new ValidationError("required", "This field is required.");
                }
                return emptyValue;
            }
            return validate(parser.parse(text));
        } catch (ValidationError e) {
            throw localized(e);
        }
    }

    /** Cleans an uploaded file (file fields only): absent or empty-named → the required check, else validators. */
    public T cleanFile(Optional<UploadedFile> upload) {
        try {
            Optional<UploadedFile> present = upload.filter(f -> !f.filename().isEmpty() || f.size() > 0);
            if (present.isEmpty()) {
                if (required) {
                    throw new ValidationError("required", "This field is required.");
                }
                return null;
            }
            return validate(type.cast(present.get()));
        } catch (ValidationError e) {
            throw localized(e);
        }
    }

    private T validate(T value) {
        for (Validator<? super T> v : validators) {
            v.validate(value);
        }
        return value;
    }

    private ValidationError localized(ValidationError e) {
        String custom = messages.get(e.code());
        return custom == null ? e : new ValidationError(e.code(), custom);
    }

    @Override
    public String toString() {
        return "FormField[" + name + ": " + type.getSimpleName() + (required ? ", required" : "") + "]";
    }
}
