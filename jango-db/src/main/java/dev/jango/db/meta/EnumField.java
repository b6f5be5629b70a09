package dev.jango.db.meta;

import dev.jango.db.model.Keyed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An enum field stored as a stable string: the constant's {@link Keyed#key()} when the enum implements
 * {@link Keyed}, its name otherwise.
 */
public final class EnumField<M, E extends Enum<E>> extends Field<M, E> {
    private final Class<E> enumType;
    private final Map<String, E> byKey;

    public EnumField(FieldSpec spec, Class<E> enumType, Function<M, E> getter, BiConsumer<M, E> setter) {
        super(spec, getter, setter);
        this.enumType = enumType;
        Map<String, E> keys = new HashMap<>();
        for (E constant : enumType.getEnumConstants()) {
            keys.put(keyOf(constant), constant);
        }
        this.byKey = Map.copyOf(keys);
    }

    public Class<E> enumType() {
        return enumType;
    }

    /** The stored form of {@code value}. */
    public static String keyOf(Enum<?> value) {
        return value instanceof Keyed keyed ? keyed.key() : value.name();
    }

    /** The constant stored as {@code key}. */
    public E fromKey(String key) {
        E constant = byKey.get(key);
        if (constant == null) {
            throw new IllegalArgumentException(this + ": '" + key + "' is not a key of " + enumType.getSimpleName()
                    + " (expected one of " + byKey.keySet() + ")");
        }
        return constant;
    }

    @Override
    public E read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        String key = reader.readString(rs, column);
        return key == null ? null : fromKey(key);
    }
}
