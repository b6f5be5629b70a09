package dev.jango.db.meta;

/**
 * The storage kind of a field. Dialects map each kind to a column type; values are read and bound by kind.
 * The Java type of each kind is fixed, so a model field's Java type decides its kind (see the processor).
 */
public enum FieldKind {
    /** {@code int} primary key filled by the database. */
    AUTO(Integer.class),
    /** {@code long} primary key filled by the database. */
    BIG_AUTO(Long.class),
    BOOLEAN(Boolean.class),
    INT(Integer.class),
    LONG(Long.class),
    DOUBLE(Double.class),
    DECIMAL(java.math.BigDecimal.class),
    CHAR(String.class),
    TEXT(String.class),
    DATE(java.time.LocalDate.class),
    /** A moment in time, stored as UTC. */
    DATETIME(java.time.Instant.class),
    TIME(java.time.LocalTime.class),
    DURATION(java.time.Duration.class),
    UUID(java.util.UUID.class),
    JSON(String.class),
    BINARY(byte[].class),
    /** An enum stored as its stable string key ({@link dev.jango.db.model.Keyed} or the constant name). */
    ENUM(Enum.class);

    private final Class<?> javaType;

    FieldKind(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The boxed Java type a value of this kind has. */
    public Class<?> javaType() {
        return javaType;
    }

    public boolean isAuto() {
        return this == AUTO || this == BIG_AUTO;
    }

    public boolean isText() {
        return this == CHAR || this == TEXT;
    }
}
