package dev.jango.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads Jango's annotations as mirrors, by name: the processor must not link against jango-db (jango-db depends on
 * the processor, not the other way round).
 */
final class Annotations {
    static final String PKG = "dev.jango.db.model.";
    static final String MODEL = PKG + "Model";
    static final String ENTITY = PKG + "Entity";
    static final String KEYED = PKG + "Keyed";
    static final String ID = PKG + "Id";
    static final String CHAR = PKG + "Char";
    static final String TEXT = PKG + "Text";
    static final String JSON = PKG + "Json";
    static final String DECIMAL = PKG + "Decimal";
    static final String COLUMN = PKG + "Column";
    static final String NULL = PKG + "Null";
    static final String BLANK = PKG + "Blank";
    static final String UNIQUE = PKG + "Unique";
    static final String INDEXED = PKG + "Indexed";
    static final String DEFAULT = PKG + "Default";
    static final String CHOICES = PKG + "Choices";
    static final String LABEL = PKG + "Label";
    static final String FOREIGN_KEY = PKG + "ForeignKey";
    static final String ONE_TO_ONE = PKG + "OneToOne";
    static final String MANY_TO_MANY = PKG + "ManyToMany";
    static final String POLYMORPHIC = PKG + "Polymorphic";

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of type {@code name} on {@code element}, if present. */
    Optional<AnnotationMirror> find(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    boolean has(Element element, String name) {
        return find(element, name).isPresent();
    }

    /** The value of {@code attribute}, defaults included. */
    Object value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalArgumentException(mirror + " has no attribute " + attribute);
    }

    String string(AnnotationMirror mirror, String attribute) {
        return (String) value(mirror, attribute);
    }

    /** The field's {@code @Label} name, else one derived from the Java name ({@code pubDate} → "pub date"). */
    String verboseName(Element field, String name) {
        return find(field, LABEL).map(m -> string(m, "value")).filter(s -> !s.isEmpty()).orElse(Names.verbose(name));
    }

    /** The field's {@code @Label(help = …)} text, else empty. */
    String helpText(Element field) {
        return find(field, LABEL).map(m -> string(m, "help")).orElse("");
    }

    int integer(AnnotationMirror mirror, String attribute) {
        return (Integer) value(mirror, attribute);
    }

    boolean bool(AnnotationMirror mirror, String attribute) {
        return (Boolean) value(mirror, attribute);
    }

    /** A {@code String[]} attribute. */
    List<String> strings(AnnotationMirror mirror, String attribute) {
        List<String> out = new ArrayList<>();
        for (Object v : list(mirror, attribute)) {
            out.add((String) ((AnnotationValue) v).getValue());
        }
        return out;
    }

    /** An annotation-array attribute ({@code indexes = {@Index(...), ...}}). */
    List<AnnotationMirror> mirrors(AnnotationMirror mirror, String attribute) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (Object v : list(mirror, attribute)) {
            out.add((AnnotationMirror) ((AnnotationValue) v).getValue());
        }
        return out;
    }

    private List<?> list(AnnotationMirror mirror, String attribute) {
        Object v = value(mirror, attribute);
        return v instanceof List<?> l ? l : List.of(v);
    }
}
