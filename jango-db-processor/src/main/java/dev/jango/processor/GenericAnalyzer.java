package dev.jango.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @Polymorphic GenericRef} field into its two columns: the type key and the id. */
final class GenericAnalyzer {
    static final String GENERIC_REF = Annotations.PKG + "GenericRef";
    private static final String TYPE_KEYS = "dev.jango.db.meta.TypeKeys";

    private final Annotations ann;
    private final Problems problems;

    GenericAnalyzer(Annotations ann, Problems problems) {
        this.ann = ann;
        this.problems = problems;
    }

    /** The two column infos, or none after reporting why the field is malformed. */
    List<FieldInfo> analyze(VariableElement f, String model, TypeElement owner) {
        String name = f.getSimpleName().toString();
        Optional<AnnotationMirror> poly = ann.find(f, Annotations.POLYMORPHIC);
        if (poly.isEmpty()) {
            problems.field(f, model, name, "a GenericRef field needs @Polymorphic(types = …) (or mark it transient)");
            return List.of();
        }
        List<? extends TypeMirror> args = ((DeclaredType) f.asType()).getTypeArguments();
        if (args.size() != 1 || !(args.getFirst().getKind() == TypeKind.WILDCARD
                || RelationAnalyzer.erasedName(args.getFirst()).equals(Annotations.ENTITY))) {
            problems.field(f, model, name, "declare it as GenericRef<Entity> (targets of several models)");
            return List.of();
        }
        String types = ann.string(poly.get(), "types");
        String keys = types.contains(".") ? types : owner.getQualifiedName() + "." + types;
        if (!types.contains(".") && !hasTypeKeys(owner, types)) {
            problems.field(f, model, name, "@Polymorphic(types = \"" + types + "\") needs a static TypeKeys field "
                    + types + " in " + model + " (static final TypeKeys " + types + " = TypeKeys.of(Map.of(…)))");
            return List.of();
        }
        TypeMirror idType = (TypeMirror) ann.value(poly.get(), "idType");
        String idKind = switch (idType.getKind()) {
            case INT -> "INT";
            case LONG -> "LONG";
            default -> RelationAnalyzer.erasedName(idType).equals("java.util.UUID") ? "UUID" : null;
        };
        int keyLength = ann.integer(poly.get(), "keyLength");
        if (idKind == null || keyLength <= 0) {
            problems.field(f, model, name, idKind == null ? "@Polymorphic(idType = " + idType
                    + ".class) must be long.class, int.class or UUID.class" : "@Polymorphic(keyLength) must be positive");
            return List.of();
        }
        String column = ann.string(poly.get(), "column");
        column = column.isEmpty() ? Names.snake(name) : column;
        boolean nullable = ann.has(f, Annotations.NULL);
        boolean blank = ann.has(f, Annotations.BLANK);
        String verbose = Names.verbose(name);
        return List.of(
                new FieldInfo(name + "Type", column + "_type", "CHAR", "java.lang.String", false, nullable, blank,
                        false, false, false, Optional.empty(), Optional.empty(), List.of(), keyLength, 0, 0,
                        verbose + " type", "", List.of(), Optional.empty(),
                        Optional.of(new GenericInfo(name, true, keys))),
                new FieldInfo(name + "Id", column + "_id", idKind, "java.lang.Object", false, nullable, blank, false,
                        false, false, Optional.empty(), Optional.empty(), List.of(), 0, 0, 0, verbose + " id", "",
                        List.of(), Optional.empty(), Optional.of(new GenericInfo(name, false, keys))));
    }

    private boolean hasTypeKeys(TypeElement owner, String field) {
        for (Element e : owner.getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(field)
                    && e.getModifiers().contains(Modifier.STATIC)
                    && RelationAnalyzer.erasedName(e.asType()).equals(TYPE_KEYS)) {
                return true;
            }
        }
        return false;
    }
}
