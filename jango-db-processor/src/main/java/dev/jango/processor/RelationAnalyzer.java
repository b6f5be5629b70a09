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
import javax.lang.model.util.Elements;

/**
 * Reads relation fields: {@code Ref<T>} with {@code @ForeignKey}/{@code @OneToOne} (a column holding the target's
 * key) and {@code RelatedSet<T>} with {@code @ManyToMany} (no column; checked against its through model).
 */
final class RelationAnalyzer {
    static final String REF = Annotations.PKG + "Ref";
    static final String RELATED_SET = Annotations.PKG + "RelatedSet";

    private final Annotations ann;
    private final Elements elements;
    private final Problems problems;

    RelationAnalyzer(Annotations ann, Elements elements, Problems problems) {
        this.ann = ann;
        this.elements = elements;
        this.problems = problems;
    }

    /** The erased qualified name of a declared type, or empty. */
    static String erasedName(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : "";
    }

    private record Key(String kind, int maxLength) {
    }

    /** A {@code Ref} field, or empty after reporting why it is malformed. */
    Optional<FieldInfo> foreignKey(VariableElement f, String model, TypeElement owner) {
        int before = problems.count();
        String name = f.getSimpleName().toString();
        Optional<AnnotationMirror> fk = ann.find(f, Annotations.FOREIGN_KEY);
        Optional<AnnotationMirror> o2o = ann.find(f, Annotations.ONE_TO_ONE);
        if (fk.isEmpty() && o2o.isEmpty()) {
            problems.field(f, model, name, "a Ref field needs @ForeignKey or @OneToOne (or mark it transient)");
            return Optional.empty();
        }
        if (fk.isPresent() && o2o.isPresent()) {
            problems.field(f, model, name, "use either @ForeignKey or @OneToOne, not both");
            return Optional.empty();
        }
        AnnotationMirror rel = fk.orElseGet(o2o::get);
        String what = fk.isPresent() ? "@ForeignKey" : "@OneToOne";
        TypeElement target = modelArgument(f, model, name, what);
        if (target == null) {
            return Optional.empty();
        }
        for (String misplaced : List.of(Annotations.ID, Annotations.CHAR, Annotations.TEXT, Annotations.JSON,
                Annotations.DECIMAL, Annotations.CHOICES)) {
            if (ann.has(f, misplaced)) {
                problems.field(f, model, name, "@" + misplaced.substring(Annotations.PKG.length())
                        + " does not apply to a relation");
            }
        }
        Key key = targetKey(f, model, name, target);
        boolean nullable = ann.has(f, Annotations.NULL);
        String onDelete = ann.value(rel, "onDelete").toString();
        Optional<String> defaultValue = ann.find(f, Annotations.DEFAULT).map(m -> ann.string(m, "value"));
        if (onDelete.equals("SET_NULL") && !nullable) {
            problems.field(f, model, name, "onDelete = SET_NULL needs @Null on the field");
        }
        if (onDelete.equals("SET_DEFAULT") && defaultValue.isEmpty()) {
            problems.field(f, model, name, "onDelete = SET_DEFAULT needs a @Default (the id to point at)");
        }
        Optional<String> defaultExpr = Optional.empty();
        if (defaultValue.isPresent() && key != null) {
            try {
                defaultExpr = Optional.of("dev.jango.db.model.Ref.id(" + DefaultValues.expression(key.kind(),
                        defaultValue.get(), key.maxLength(), 0, 0, "", List.of()) + ")");
            } catch (DefaultValues.Invalid e) {
                problems.field(f, model, name, "@Default(\"" + defaultValue.get() + "\") " + e.getMessage());
            }
        }
        String column = ann.string(rel, "column");
        if (column.isEmpty()) {
            column = ann.find(f, Annotations.COLUMN).map(m -> ann.string(m, "value")).orElse(Names.snake(name) + "_id");
        }
        String related = ann.string(rel, "relatedName");
        if (related.isEmpty()) {
            related = lowerFirst(owner.getSimpleName().toString()) + (fk.isPresent() ? "Set" : "");
        } else if (!javax.lang.model.SourceVersion.isIdentifier(related)
                || javax.lang.model.SourceVersion.isKeyword(related)) {
            problems.field(f, model, name, "relatedName \"" + related + "\" is not a Java identifier");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        String targetName = target.getQualifiedName().toString();
        RelationInfo info = new RelationInfo(o2o.isPresent(), targetName, metaOf(target),
                Names.upperSnake(target.getSimpleName().toString()), onDelete, related);
        String verbose = ann.verboseName(f, name);
        String help = ann.helpText(f);
        return Optional.of(new FieldInfo(name, column, key.kind(), "dev.jango.db.model.Ref<" + targetName + ">",
                false, nullable, ann.has(f, Annotations.BLANK), o2o.isPresent(), o2o.isEmpty(), false, defaultValue,
                defaultExpr, List.of(), key.maxLength(), 0, 0, verbose, help, List.of(), Optional.of(info),
                Optional.empty()));
    }

    /** A {@code RelatedSet} field, or empty after reporting why it is malformed. */
    Optional<ManyInfo> manyToMany(VariableElement f, String model, TypeElement owner) {
        String name = f.getSimpleName().toString();
        Optional<AnnotationMirror> m2m = ann.find(f, Annotations.MANY_TO_MANY);
        if (m2m.isEmpty()) {
            problems.field(f, model, name, "a RelatedSet field needs @ManyToMany(through = …) (or mark it transient)");
            return Optional.empty();
        }
        TypeElement target = modelArgument(f, model, name, "@ManyToMany");
        if (target == null) {
            return Optional.empty();
        }
        TypeMirror throughType = (TypeMirror) ann.value(m2m.get(), "through");
        TypeElement through = throughType.getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) throughType).asElement() : null;
        if (through == null || !ann.has(through, Annotations.MODEL)) {
            problems.field(f, model, name, "@ManyToMany(through = " + throughType + ".class) must name a @Model class");
            return Optional.empty();
        }
        String source = linkTo(through, owner, null);
        String targetField = linkTo(through, target, source);
        if (source == null || targetField == null) {
            problems.field(f, model, name, "@ManyToMany(through = " + through.getSimpleName() + ".class): "
                    + through.getSimpleName() + " needs a @ForeignKey Ref<" + owner.getSimpleName() + "> and a "
                    + "@ForeignKey Ref<" + target.getSimpleName() + "> (one foreign key to each side)");
            return Optional.empty();
        }
        String related = ann.string(m2m.get(), "relatedName");
        related = related.isEmpty() ? lowerFirst(owner.getSimpleName().toString()) + "Set" : related;
        return Optional.of(new ManyInfo(name, target.getQualifiedName().toString(), metaOf(target), metaOf(through),
                Names.upperSnake(through.getSimpleName().toString()), source, targetField, related));
    }

    /** The first relation field of {@code through} pointing at {@code to}, other than {@code except}. */
    private String linkTo(TypeElement through, TypeElement to, String except) {
        for (TypeElement t = through; t != null; t = superclass(t)) {
            for (Element e : t.getEnclosedElements()) {
                if (e.getKind() != ElementKind.FIELD || e.getModifiers().contains(Modifier.STATIC)
                        || !erasedName(e.asType()).equals(REF)
                        || !(ann.has(e, Annotations.FOREIGN_KEY) || ann.has(e, Annotations.ONE_TO_ONE))) {
                    continue;
                }
                List<? extends TypeMirror> args = ((DeclaredType) e.asType()).getTypeArguments();
                String field = e.getSimpleName().toString();
                if (args.size() == 1 && erasedName(args.getFirst()).contentEquals(to.getQualifiedName())
                        && !field.equals(except)) {
                    return field;
                }
            }
        }
        return null;
    }

    private TypeElement modelArgument(VariableElement f, String model, String name, String what) {
        List<? extends TypeMirror> args = ((DeclaredType) f.asType()).getTypeArguments();
        TypeElement target = args.size() == 1 && args.getFirst().getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) args.getFirst()).asElement() : null;
        if (target == null || !ann.has(target, Annotations.MODEL)) {
            problems.field(f, model, name, what + " target " + (args.isEmpty() ? "(raw type)" : args.getFirst())
                    + " is not a @Model class");
            return null;
        }
        return target;
    }

    /** The storage kind of the target's primary key, which the foreign key column shares. */
    private Key targetKey(VariableElement f, String model, String name, TypeElement target) {
        for (TypeElement t = target; t != null; t = superclass(t)) {
            for (Element e : t.getEnclosedElements()) {
                if (e.getKind() != ElementKind.FIELD || !ann.has(e, Annotations.ID)) {
                    continue;
                }
                String kind = switch (e.asType().getKind()) {
                    case INT -> "INT";
                    case LONG -> "LONG";
                    default -> switch (erasedName(e.asType())) {
                        case "java.lang.Integer" -> "INT";
                        case "java.lang.Long" -> "LONG";
                        case "java.util.UUID" -> "UUID";
                        case "java.lang.String" -> "CHAR";
                        default -> null;
                    };
                };
                if (kind == null) {
                    break;
                }
                int max = kind.equals("CHAR") ? ann.find(e, Annotations.CHAR).map(m -> ann.integer(m, "max")).orElse(0)
                        : 0;
                return new Key(kind, max);
            }
        }
        problems.field(f, model, name, "the target " + target.getSimpleName()
                + " has no usable @Id (int, long, UUID or @Char String)");
        return null;
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private String metaOf(TypeElement model) {
        String pkg = elements.getPackageOf(model).getQualifiedName().toString();
        return (pkg.isEmpty() ? "" : pkg + ".") + model.getSimpleName() + "Meta";
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
