package dev.jango.processor;

import java.util.List;
import java.util.Optional;

/**
 * One validated persistent field.
 *
 * @param name          Java field name
 * @param column        database column
 * @param kind          the {@code FieldKind} constant name
 * @param javaType      the field's declared type as source ({@code long}, {@code java.lang.Long}, {@code a.Status})
 * @param primitive     the declared type is primitive: read with primitive reads, never set to null
 * @param nullable      {@code @Null}
 * @param blank         {@code @Blank}
 * @param unique        {@code @Unique}
 * @param indexed       {@code @Indexed}
 * @param primaryKey    {@code @Id}
 * @param defaultValue  the {@code @Default} literal as written
 * @param defaultExpr   Java expression of the default value, when there is a default
 * @param choices       {@code @Choices} entries as written; enums get theirs at run time
 * @param maxLength     {@code @Char(max)}; for enums 0 means "longest stored key"
 * @param precision     {@code @Decimal(precision)}
 * @param scale         {@code @Decimal(scale)}
 * @param verboseName   label
 * @param helpText      help text
 * @param constants     the enum's constant names (ENUM only)
 * @param relation      the foreign key or one-to-one side, for {@code Ref} fields
 * @param generic       the column's part of a {@code @Polymorphic} field
 */
record FieldInfo(
        String name,
        String column,
        String kind,
        String javaType,
        boolean primitive,
        boolean nullable,
        boolean blank,
        boolean unique,
        boolean indexed,
        boolean primaryKey,
        Optional<String> defaultValue,
        Optional<String> defaultExpr,
        List<String> choices,
        int maxLength,
        int precision,
        int scale,
        String verboseName,
        String helpText,
        List<String> constants,
        java.util.Optional<RelationInfo> relation,
        java.util.Optional<GenericInfo> generic) {

    FieldInfo {
        choices = List.copyOf(choices);
        constants = List.copyOf(constants);
    }

    boolean isEnum() {
        return kind.equals("ENUM");
    }

    boolean isRelation() {
        return relation.isPresent();
    }

    /** The typed descriptor class in {@code dev.jango.db.meta}. */
    String descriptor() {
        if (relation.isPresent()) {
            return relation.get().oneToOne() ? "OneToOneField" : "ForeignKeyField";
        }
        return switch (kind) {
            case "AUTO", "INT" -> "IntField";
            case "BIG_AUTO", "LONG" -> "LongField";
            case "BOOLEAN" -> "BooleanField";
            case "DOUBLE" -> "DoubleField";
            case "DECIMAL" -> "DecimalField";
            case "CHAR", "TEXT" -> "StringField";
            case "JSON" -> "JsonField";
            case "DATE" -> "DateField";
            case "DATETIME" -> "DateTimeField";
            case "TIME" -> "TimeField";
            case "DURATION" -> "DurationField";
            case "UUID" -> "UuidField";
            case "BINARY" -> "BinaryField";
            case "ENUM" -> "EnumField";
            default -> throw new IllegalStateException("unknown kind " + kind);
        };
    }

    /** The {@code ValueReader} method that reads this field in a row mapper (not used for enums). */
    String readMethod() {
        return switch (kind) {
            case "AUTO", "INT" -> primitive ? "readInt" : "readIntOrNull";
            case "BIG_AUTO", "LONG" -> primitive ? "readLong" : "readLongOrNull";
            case "BOOLEAN" -> primitive ? "readBoolean" : "readBooleanOrNull";
            case "DOUBLE" -> primitive ? "readDouble" : "readDoubleOrNull";
            case "DECIMAL" -> "readDecimal";
            case "CHAR", "TEXT" -> "readString";
            case "JSON" -> "readJson";
            case "DATE" -> "readDate";
            case "DATETIME" -> "readInstant";
            case "TIME" -> "readTime";
            case "DURATION" -> "readDuration";
            case "UUID" -> "readUuid";
            case "BINARY" -> "readBytes";
            default -> throw new IllegalStateException(kind + " has no direct read");
        };
    }
}
