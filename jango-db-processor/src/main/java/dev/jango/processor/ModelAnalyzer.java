package dev.jango.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Model} class into a {@link ModelInfo}, reporting every way it is malformed. */
final class ModelAnalyzer {
    private final Annotations ann;
    private final Types types;
    private final Elements elements;
    private final Problems problems;
    private final FieldAnalyzer fields;
    private final RelationAnalyzer relations;
    private final GenericAnalyzer generics;

    ModelAnalyzer(Annotations ann, Types types, Elements elements, Problems problems) {
        this.ann = ann;
        this.types = types;
        this.elements = elements;
        this.problems = problems;
        this.fields = new FieldAnalyzer(ann, types, elements, problems);
        this.relations = new RelationAnalyzer(ann, elements, problems);
        this.generics = new GenericAnalyzer(ann, problems);
    }

    /** The model, or empty after reporting why it is malformed. */
    Optional<ModelInfo> analyze(TypeElement type) {
        int before = problems.count();
        String model = type.getSimpleName().toString();
        checkShape(type, model);
        AnnotationMirror annotation = ann.find(type, Annotations.MODEL).orElseThrow();
        List<FieldInfo> infos = new ArrayList<>();
        List<VariableElement> elementsOf = new ArrayList<>();
        List<VariableElement> declared = persistentFields(type);
        List<ManyInfo> many = new ArrayList<>();
        for (VariableElement f : declared) {
            String typeName = RelationAnalyzer.erasedName(f.asType());
            if (typeName.equals(GenericAnalyzer.GENERIC_REF)) {
                for (FieldInfo part : generics.analyze(f, model, type)) {
                    infos.add(part);
                    elementsOf.add(f);
                }
                continue;
            }
            if (typeName.equals(RelationAnalyzer.RELATED_SET)) {
                relations.manyToMany(f, model, type).ifPresent(many::add);
                continue;
            }
            Optional<FieldInfo> info = typeName.equals(RelationAnalyzer.REF) ? relations.foreignKey(f, model, type)
                    : fields.analyze(f, model);
            info.ifPresent(i -> {
                infos.add(i);
                elementsOf.add(f);
            });
        }
        checkKeysAndColumns(model, infos, elementsOf);
        if (declared.stream().noneMatch(f -> ann.has(f, Annotations.ID))) {
            problems.model(type, model, "no primary key: add an @Id field (@Id public long id;)");
        }
        String table = ann.string(annotation, "table");
        table = table.isEmpty() ? Names.snake(model) : table;
        String verbose = ann.string(annotation, "verboseName");
        verbose = verbose.isEmpty() ? Names.verbose(model) : verbose;
        // Rules check names against every declared field, so a malformed field is not reported twice.
        java.util.Set<String> names = new java.util.HashSet<>();
        declared.forEach(f -> names.add(f.getSimpleName().toString()));
        Map<String, FieldInfo> valid = new HashMap<>();
        infos.forEach(f -> valid.put(f.name(), f));
        ModelRules rules = new ModelRules(ann, problems, type, model, table, names, valid);
        List<String> ordering = rules.ordering(ann.strings(annotation, "ordering"));
        List<ModelInfo.Named> indexes = rules.indexes(ann.mirrors(annotation, "indexes"));
        List<ModelInfo.Named> uniques = rules.uniques(ann.mirrors(annotation, "unique"));
        List<ModelInfo.Named> checks = rules.checks(ann.mirrors(annotation, "constraints"));
        if (problems.count() > before) {
            return Optional.empty();
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        return Optional.of(new ModelInfo(pkg, model, type.getQualifiedName().toString(), table, verbose, ordering,
                indexes, uniques, checks, infos, many, List.of()));
    }

    private void checkShape(TypeElement type, String model) {
        if (type.getKind() != ElementKind.CLASS) {
            String kind = type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
            problems.model(type, model, "@Model applies to classes, not " + kind);
            return;
        }
        if (elements.getPackageOf(type).isUnnamed()) {
            problems.model(type, model, "a model class must be in a named package (its metamodel is found by package)");
        }
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            problems.model(type, model, "a model class must be public");
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problems.model(type, model, "a model class cannot be abstract");
        }
        if (type.getNestingKind() != NestingKind.TOP_LEVEL
                && (type.getNestingKind() != NestingKind.MEMBER || !type.getModifiers().contains(Modifier.STATIC))) {
            problems.model(type, model, "a nested model class must be a static member class");
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.model(type, model, "a model class cannot be generic");
        }
        boolean noArg = false;
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() == ElementKind.CONSTRUCTOR && ((ExecutableElement) e).getParameters().isEmpty()
                    && !e.getModifiers().contains(Modifier.PRIVATE)) {
                noArg = true;
            }
        }
        if (!noArg) {
            problems.model(type, model, "a model class needs a public or package-private no-argument constructor");
        }
        TypeElement entity = elements.getTypeElement(Annotations.ENTITY);
        if (entity == null || !types.isSubtype(type.asType(), types.erasure(entity.asType()))) {
            problems.model(type, model, "a model class must extend dev.jango.db.model.Entity");
        }
        if (ann.find(type, Annotations.MODEL).isPresent() && hasField(type, Names.upperSnake(model))) {
            problems.model(type, model, "a field cannot be named " + Names.upperSnake(model)
                    + ": that is the name of the generated singleton " + model + "Meta." + Names.upperSnake(model));
        }
    }

    private static boolean hasField(TypeElement type, String name) {
        return type.getEnclosedElements().stream()
                .anyMatch(e -> e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(name));
    }

    /** Instance fields, superclass fields first, stopping at Entity; static and transient ones are not columns. */
    private List<VariableElement> persistentFields(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals(Annotations.ENTITY)
                && !t.getQualifiedName().contentEquals("java.lang.Object"); t = superclass(t)) {
            chain.addFirst(t);
        }
        PackageElement pkg = elements.getPackageOf(type);
        List<VariableElement> out = new ArrayList<>();
        for (TypeElement t : chain) {
            for (Element e : t.getEnclosedElements()) {
                if (e.getKind() != ElementKind.FIELD || e.getModifiers().contains(Modifier.STATIC)
                        || e.getModifiers().contains(Modifier.TRANSIENT)) {
                    continue;
                }
                if (t != type && !elements.getPackageOf(t).equals(pkg) && !e.getModifiers().contains(Modifier.PUBLIC)) {
                    problems.field(type, type.getSimpleName().toString(), e.getSimpleName().toString(),
                            "inherited from " + t.getQualifiedName() + " in another package, so it must be public");
                    continue;
                }
                out.add((VariableElement) e);
            }
        }
        return out;
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private void checkKeysAndColumns(String model, List<FieldInfo> infos, List<VariableElement> where) {
        FieldInfo pk = null;
        Map<String, FieldInfo> columns = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            FieldInfo f = infos.get(i);
            if (f.primaryKey()) {
                if (pk != null) {
                    problems.field(where.get(i), model, f.name(), "a second primary key (" + pk.name()
                            + " is already @Id); declare composite keys with @Model(unique = ...)");
                } else {
                    pk = f;
                }
            }
            FieldInfo clash = columns.putIfAbsent(f.column().toLowerCase(java.util.Locale.ROOT), f);
            if (clash != null) {
                problems.field(where.get(i), model, f.name(), "duplicate column name " + f.column()
                        + " (also used by field " + clash.name() + ")");
            }
        }
    }
}
