package dev.jango.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Adds the reverse accessors of foreign keys to their targets' metamodels ({@code AUTHOR.books}), for targets
 * compiled in the same round, and reports a related name that clashes with a field or another reverse accessor.
 * Targets compiled elsewhere get no generated accessor: {@code ReverseForeignKey.of(...)} builds one at run time.
 */
final class Reverses {
    private Reverses() {
    }

    static void add(Map<String, ModelInfo> models, Map<String, TypeElement> origins, Problems problems) {
        Map<String, List<ReverseInfo>> byTarget = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        for (ModelInfo source : models.values()) {
            for (FieldInfo f : source.fields()) {
                if (f.relation().isEmpty()) {
                    continue;
                }
                RelationInfo rel = f.relation().get();
                String name = rel.relatedName();
                Set<String> names = taken.computeIfAbsent(rel.target(), t -> namesOf(models.get(t)));
                Element where = fieldElement(origins.get(source.typeName()), f.name());
                if (names.contains(name)) {
                    problems.field(where, source.simpleName(), f.name(), "relatedName \"" + name + "\" clashes with "
                            + simple(rel.target()) + "." + name + ": give this relation another relatedName");
                    continue;
                }
                names.add(name);
                if (models.containsKey(rel.target())) {
                    byTarget.computeIfAbsent(rel.target(), t -> new ArrayList<>()).add(new ReverseInfo(name,
                            source.typeName(), source.packageName().isEmpty() ? source.metaName()
                                    : source.packageName() + "." + source.metaName(), source.singleton(), f.name()));
                }
            }
        }
        byTarget.forEach((target, reverses) -> models.put(target, models.get(target).withReverse(reverses)));
    }

    // Names already used on the target when it is compiled here (a separately compiled target has no accessors).
    private static Set<String> namesOf(ModelInfo target) {
        Set<String> names = new HashSet<>();
        if (target != null) {
            target.fields().forEach(f -> names.add(f.name()));
            target.many().forEach(m -> names.add(m.name()));
        }
        return names;
    }

    private static Element fieldElement(TypeElement type, String field) {
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(field)) {
                return e;
            }
        }
        return type;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
