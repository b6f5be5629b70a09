package dev.jango.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns one field of a {@code @Model} class into a {@link FieldInfo}, reporting every way it is malformed. */
final class FieldAnalyzer {
    private static final Map<String, String> DECLARED_KINDS = Map.ofEntries(
            Map.entry("java.lang.Boolean", "BOOLEAN"),
            Map.entry("java.lang.Integer", "INT"),
            Map.entry("java.lang.Long", "LONG"),
            Map.entry("java.lang.Double", "DOUBLE"),
            Map.entry("java.math.BigDecimal", "DECIMAL"),
            Map.entry("java.lang.String", "STRING"),
            Map.entry("java.time.LocalDate", "DATE"),
            Map.entry("java.time.Instant", "DATETIME"),
            Map.entry("java.time.LocalTime", "TIME"),
            Map.entry("java.time.Duration", "DURATION"),
            Map.entry("java.util.UUID", "UUID"));

    private final Annotations ann;
    private final Types types;
    private final Elements elements;
    private final Problems problems;

    FieldAnalyzer(Annotations ann, Types types, Elements elements, Problems problems) {
        this.ann = ann;
        this.types = types;
        this.elements = elements;
        this.problems = problems;
    }

    /** The field, or empty after reporting why it is malformed. */
    Optional<FieldInfo> analyze(VariableElement f, String model) {
        int before = problems.count();
        String name = f.getSimpleName().toString();
        if (f.getModifiers().contains(Modifier.PRIVATE)) {
            problems.field(f, model, name, "persistent fields must be public or package-private (or mark it transient)");
        }
        if (f.getModifiers().contains(Modifier.FINAL)) {
            problems.field(f, model, name, "persistent fields cannot be final (or mark it transient)");
        }
        for (String rel : List.of(Annotations.FOREIGN_KEY, Annotations.ONE_TO_ONE, Annotations.MANY_TO_MANY,
                Annotations.POLYMORPHIC)) {
            if (ann.has(f, rel)) {
                problems.field(f, model, name, "@" + rel.substring(Annotations.PKG.length()) + " applies to "
                        + (rel.equals(Annotations.MANY_TO_MANY) ? "RelatedSet<…>"
                        : rel.equals(Annotations.POLYMORPHIC) ? "GenericRef<…>" : "Ref<…>") + " fields, not "
                        + f.asType());
                return Optional.empty();
            }
        }
        TypeMirror type = f.asType();
        boolean primitive = type.getKind().isPrimitive();
        String kind = kind(f, model, name, type);
        if (kind == null) {
            return Optional.empty();
        }
        boolean nullable = ann.has(f, Annotations.NULL);
        if (nullable && primitive) {
            problems.field(f, model, name, "@Null needs a reference type (" + boxed(type) + ", not " + type + ")");
        }
        boolean pk = ann.has(f, Annotations.ID);
        if (pk && nullable) {
            problems.field(f, model, name, "a primary key cannot be @Null");
        }
        int maxLength = 0;
        Optional<AnnotationMirror> chr = ann.find(f, Annotations.CHAR);
        if (chr.isPresent()) {
            maxLength = ann.integer(chr.get(), "max");
            if (maxLength <= 0) {
                problems.field(f, model, name, "@Char(max = " + maxLength + ") must be positive");
            }
        }
        int precision = 0;
        int scale = 0;
        Optional<AnnotationMirror> dec = ann.find(f, Annotations.DECIMAL);
        if (dec.isPresent()) {
            precision = ann.integer(dec.get(), "precision");
            scale = ann.integer(dec.get(), "scale");
            if (precision <= 0 || scale < 0 || scale > precision) {
                problems.field(f, model, name, "@Decimal(precision = " + precision + ", scale = " + scale
                        + ") needs precision > 0 and 0 <= scale <= precision");
            }
        }
        String javaType = primitive ? type.toString() : types.erasure(type).toString();
        List<String> constants = kind.equals("ENUM") ? enumConstants(type) : List.of();
        if (kind.equals("ENUM") && maxLength > 0 && !isKeyed(type)) {
            int longest = constants.stream().mapToInt(String::length).max().orElse(0);
            if (longest > maxLength) {
                problems.field(f, model, name, "@Char(max = " + maxLength + ") is shorter than the constant names of "
                        + javaType + " (longest: " + longest + ")");
            }
        }
        if (kind.equals("ENUM") && maxLength == 0 && !isKeyed(type)) {
            maxLength = constants.stream().mapToInt(String::length).max().orElse(1);
        }
        List<String> choices = List.of();
        Optional<AnnotationMirror> ch = ann.find(f, Annotations.CHOICES);
        if (ch.isPresent()) {
            choices = ann.strings(ch.get(), "value");
            if (kind.equals("ENUM")) {
                problems.field(f, model, name, "enum fields take their choices from their constants; remove @Choices");
            }
            for (String choice : choices) {
                String value = choiceValue(choice);
                try {
                    DefaultValues.expression(kind, value, maxLength, precision, scale, javaType, constants);
                } catch (DefaultValues.Invalid e) {
                    problems.field(f, model, name, "@Choices value \"" + value + "\": " + e.getMessage());
                }
            }
        }
        Optional<String> defaultValue = ann.find(f, Annotations.DEFAULT).map(m -> ann.string(m, "value"));
        Optional<String> defaultExpr = Optional.empty();
        if (defaultValue.isPresent()) {
            String literal = defaultValue.get();
            try {
                if (pk && (kind.equals("AUTO") || kind.equals("BIG_AUTO"))) {
                    throw new DefaultValues.Invalid("an auto primary key takes its value from the database");
                }
                defaultExpr = Optional.of(DefaultValues.expression(kind, literal, maxLength, precision, scale,
                        javaType, constants));
                List<String> values = choices.stream().map(FieldAnalyzer::choiceValue).toList();
                if (!values.isEmpty() && !values.contains(literal)) {
                    throw new DefaultValues.Invalid("not one of @Choices " + values);
                }
            } catch (DefaultValues.Invalid e) {
                problems.field(f, model, name, "@Default(\"" + literal + "\") " + e.getMessage());
            }
        }
        String column = ann.find(f, Annotations.COLUMN).map(m -> ann.string(m, "value")).orElse(Names.snake(name));
        if (column.isBlank()) {
            problems.field(f, model, name, "@Column needs a name");
        }
        String verbose = ann.verboseName(f, name);
        String help = ann.helpText(f);
        Optional<AnnotationMirror> unique = ann.find(f, Annotations.UNIQUE);
        if (unique.isPresent() && !ann.strings(unique.get(), "fields").isEmpty()) {
            problems.field(f, model, name, "@Unique(fields) belongs in @Model(unique = ...), not on a field");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new FieldInfo(name, column, kind, javaType, primitive, nullable,
                ann.has(f, Annotations.BLANK), unique.isPresent(), ann.has(f, Annotations.INDEXED), pk,
                defaultValue, defaultExpr, choices, maxLength, precision, scale, verbose, help, constants,
                Optional.empty(), Optional.empty()));
    }

    /** Whether {@code type} is an enum implementing {@code Keyed}, whose stored keys are known only at run time. */
    boolean isKeyed(TypeMirror type) {
        TypeElement keyed = elements.getTypeElement(Annotations.KEYED);
        return keyed != null && types.isAssignable(type, keyed.asType());
    }

    private static String choiceValue(String choice) {
        int eq = choice.indexOf('=');
        return eq < 0 ? choice : choice.substring(0, eq);
    }

    /** The storage kind, or null after reporting an unsupported type or missing/misplaced annotations. */
    private String kind(VariableElement f, String model, String name, TypeMirror type) {
        String base = switch (type.getKind()) {
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INT";
            case LONG -> "LONG";
            case DOUBLE -> "DOUBLE";
            case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? "BINARY" : null;
            case DECLARED -> {
                Element e = ((DeclaredType) type).asElement();
                yield e.getKind() == ElementKind.ENUM ? "ENUM"
                        : DECLARED_KINDS.get(((TypeElement) e).getQualifiedName().toString());
            }
            default -> null;
        };
        if (base == null) {
            problems.field(f, model, name, "unsupported field type " + type + " (supported: boolean, int, long, double, "
                    + "BigDecimal, String, LocalDate, Instant, LocalTime, Duration, UUID, byte[], enums and their boxes;"
                    + " mark it transient to keep it out of the table)");
            return null;
        }
        boolean chr = ann.has(f, Annotations.CHAR);
        boolean text = ann.has(f, Annotations.TEXT);
        boolean json = ann.has(f, Annotations.JSON);
        boolean dec = ann.has(f, Annotations.DECIMAL);
        String kind = base;
        if (base.equals("STRING")) {
            int marks = (chr ? 1 : 0) + (text ? 1 : 0) + (json ? 1 : 0);
            if (marks != 1) {
                problems.field(f, model, name, marks == 0 ? "String needs @Char(max = …), @Text or @Json"
                        : "String takes exactly one of @Char, @Text and @Json");
                return null;
            }
            kind = chr ? "CHAR" : text ? "TEXT" : "JSON";
        } else {
            if (chr && !base.equals("ENUM")) {
                problems.field(f, model, name, "@Char applies to String and enum fields, not " + type);
            }
            if (text || json) {
                problems.field(f, model, name, "@Text and @Json apply to String fields, not " + type);
            }
        }
        if (base.equals("DECIMAL") && !dec) {
            problems.field(f, model, name, "BigDecimal needs @Decimal(precision = …, scale = …)");
            return null;
        }
        if (dec && !base.equals("DECIMAL")) {
            problems.field(f, model, name, "@Decimal applies to BigDecimal fields, not " + type);
        }
        Optional<AnnotationMirror> id = ann.find(f, Annotations.ID);
        if (id.isPresent()) {
            boolean auto = ann.bool(id.get(), "auto");
            if (auto) {
                kind = switch (base) {
                    case "INT" -> "AUTO";
                    case "LONG" -> "BIG_AUTO";
                    default -> {
                        problems.field(f, model, name, "an auto primary key must be int or long; a " + type
                                + " key needs @Id(auto = false)");
                        yield null;
                    }
                };
            } else if (!List.of("INT", "LONG", "UUID", "CHAR").contains(kind)) {
                problems.field(f, model, name, "a primary key must be int, long, UUID or a @Char String, not " + type);
                return null;
            }
        }
        return kind;
    }

    private static String boxed(TypeMirror primitive) {
        return switch (primitive.getKind()) {
            case BOOLEAN -> "Boolean";
            case INT -> "Integer";
            case LONG -> "Long";
            case DOUBLE -> "Double";
            default -> primitive.toString();
        };
    }

    private static List<String> enumConstants(TypeMirror type) {
        List<String> out = new ArrayList<>();
        for (Element e : ((DeclaredType) type).asElement().getEnclosedElements()) {
            if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                out.add(e.getSimpleName().toString());
            }
        }
        return out;
    }
}
