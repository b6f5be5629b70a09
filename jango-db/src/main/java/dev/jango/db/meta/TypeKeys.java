package dev.jango.db.meta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stable type keys of a polymorphic reference, declared by the application in code: renaming a class never
 * changes stored rows, and no table of content types exists. Immutable.
 *
 * <pre>{@code
 * static final TypeKeys TARGETS = TypeKeys.of(Map.of("book", BOOK, "author", AUTHOR));
 * TARGETS.model("book");     // BOOK
 * TARGETS.keyOf(AUTHOR);     // "author"
 * }</pre>
 */
public final class TypeKeys {
    private final Map<String, ModelMeta<?>> byKey;
    private final Map<Class<?>, String> byClass;

    private TypeKeys(Map<String, ModelMeta<?>> byKey) {
        this.byKey = byKey;
        Map<Class<?>, String> classes = new LinkedHashMap<>();
        byKey.forEach((key, meta) -> {
            String clash = classes.putIfAbsent(meta.modelClass(), key);
            if (clash != null) {
                throw new IllegalArgumentException("TypeKeys: " + meta.name() + " has two keys, \"" + clash
                        + "\" and \"" + key + "\"");
            }
        });
        this.byClass = Map.copyOf(classes);
    }

    /**
     * The keys and their models.
     *
     * @throws IllegalArgumentException for a blank key, a model listed twice, or models whose primary keys differ
     *                                  in kind (the id column has one type)
     */
    public static TypeKeys of(Map<String, ? extends ModelMeta<?>> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("TypeKeys needs at least one key");
        }
        Map<String, ModelMeta<?>> sorted = new TreeMap<>(keys);
        FieldKind kind = null;
        for (Map.Entry<String, ModelMeta<?>> e : sorted.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new IllegalArgumentException("TypeKeys: a key is blank (for " + e.getValue().name() + ")");
            }
            FieldKind k = idKind(e.getValue().pk().kind());
            if (kind != null && k != kind) {
                throw new IllegalArgumentException("TypeKeys: \"" + e.getKey() + "\" → " + e.getValue().name()
                        + " has a " + k + " primary key, the others " + kind + "; one id column cannot hold both");
            }
            kind = k;
        }
        return new TypeKeys(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted)));
    }

    /** The kind of a column holding a key of kind {@code pk}: auto keys are stored as plain integers. */
    static FieldKind idKind(FieldKind pk) {
        return switch (pk) {
            case AUTO -> FieldKind.INT;
            case BIG_AUTO -> FieldKind.LONG;
            default -> pk;
        };
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * The model stored under {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the known keys
     */
    public ModelMeta<?> model(String key) {
        ModelMeta<?> meta = byKey.get(key);
        if (meta == null) {
            throw new IllegalArgumentException("unknown type key \"" + key + "\" (known: " + byKey.keySet() + ")");
        }
        return meta;
    }

    /**
     * The key of {@code model}.
     *
     * @throws IllegalArgumentException naming the model and the known keys
     */
    public String keyOf(ModelMeta<?> model) {
        return keyOf(model.modelClass());
    }

    /** The key of the model class {@code type}. */
    public String keyOf(Class<?> type) {
        String key = byClass.get(type);
        if (key == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no type key (known: " + byKey + ")");
        }
        return key;
    }

    /** The kind of the id column shared by every target. */
    public FieldKind idKind() {
        return idKind(byKey.values().iterator().next().pk().kind());
    }

    @Override
    public String toString() {
        return "TypeKeys" + byKey.keySet();
    }
}
