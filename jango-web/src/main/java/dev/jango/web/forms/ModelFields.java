package dev.jango.web.forms;

import dev.jango.db.meta.Choice;
import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Derives a form field from a model field's declaration: required from {@code blank}, label from the verbose
 * name, help text, max length, decimal digits, choices, and the default as initial value.
 */
final class ModelFields {
    private ModelFields() {
    }

    /** Whether a model field gets a form field by default (auto keys and binary data do not). */
    static boolean editable(Field<?, ?> field) {
        FieldSpec s = field.spec();
        return !s.kind().isAuto() && !s.primaryKey() && s.kind() != FieldKind.BINARY && s.kind() != FieldKind.DURATION;
    }

    static FormField<?> formField(Field<?, ?> field) {
        FieldSpec s = field.spec();
        FormField<?> f = base(field, s);
        f = f.label(capitalized(s.verboseName())).help(s.helpText());
        if (s.kind() != FieldKind.BOOLEAN) {
            f = f.required(!s.blank());
        }
        if (s.defaultValue().isPresent()) {
            f = f.initial(s.defaultValue().get());
        }
        return f;
    }

    private static FormField<?> base(Field<?, ?> field, FieldSpec s) {
        String name = s.name();
        List<Choice> choices = choices(field, s);
        if (!choices.isEmpty()) {
            return Fields.choice(name, choices);
        }
        return switch (s.kind()) {
            case CHAR -> s.maxLength() > 0 ? Fields.text(name, s.maxLength()) : Fields.text(name);
            case TEXT, JSON -> Fields.textarea(name);
            case INT -> Fields.integer(name);
            case LONG -> Fields.longInteger(name);
            case DOUBLE -> Fields.floating(name);
            case DECIMAL -> Fields.decimal(name, s.precision(), s.scale());
            case BOOLEAN -> Fields.bool(name);
            case DATE -> Fields.date(name);
            case DATETIME -> Fields.dateTime(name);
            case TIME -> Fields.time(name);
            case UUID -> Fields.uuid(name);
            case ENUM -> Fields.text(name);
            case AUTO, BIG_AUTO, BINARY, DURATION -> throw new IllegalArgumentException(field + " is a "
                    + s.kind() + " field, which model forms cannot edit; leave it out of fields(...)");
        };
    }

    private static List<Choice> choices(Field<?, ?> field, FieldSpec s) {
        if (!s.choices().isEmpty()) {
            return s.choices();
        }
        if (field instanceof EnumField<?, ?> e) {
            return Arrays.stream(e.enumType().getEnumConstants())
                    .map(c -> new Choice(EnumField.keyOf(c), FormField.defaultLabel(c.name()))).toList();
        }
        return List.of();
    }

    /** The model value for a cleaned form value (enum keys become constants). */
    static Object toModel(Field<?, ?> field, Object cleaned) {
        if (cleaned != null && field instanceof EnumField<?, ?> e && cleaned instanceof String key) {
            return e.fromKey(key);
        }
        return cleaned;
    }

    /** A model value as the text its widget shows. */
    static Optional<Object> toForm(Object value) {
        if (value instanceof Enum<?> constant) {
            return Optional.of(EnumField.keyOf(constant));
        }
        return Optional.ofNullable(value);
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
