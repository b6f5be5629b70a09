package dev.jango.db.meta;

import java.lang.reflect.Modifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime metamodel of one model: its table, fields, ordering, indexes and constraints. The annotation
 * processor generates one subclass per {@code @Model} class ({@code BookMeta}, with the singleton
 * {@code BookMeta.BOOK} and a public field per model field), so every query, form and migration reads the model
 * from here and never by reflection.
 *
 * <pre>{@code
 * import static com.example.BookMeta.BOOK;
 * BOOK.table();                       // "book"
 * BOOK.field("title").orElseThrow();  // the same object as BOOK.title
 * }</pre>
 *
 * @param <M> the model class
 */
public abstract class ModelMeta<M> {
    private static final ClassValue<ModelMeta<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected ModelMeta<?> computeValue(Class<?> type) {
            return locate(type);
        }
    };

    private final Class<M> modelClass;
    private final ModelSpec spec;
    private final List<Field<M, ?>> fields;
    private final Map<String, Field<M, ?>> byName;
    private final Field<M, ?> pk;

    protected ModelMeta(Class<M> modelClass, ModelSpec spec, List<Field<M, ?>> fields) {
        this.modelClass = modelClass;
        this.spec = spec;
        this.fields = List.copyOf(fields);
        Map<String, Field<M, ?>> names = new LinkedHashMap<>();
        Field<M, ?> primary = null;
        for (Field<M, ?> f : this.fields) {
            f.attach(this);
            names.put(f.name(), f);
            if (f.spec().primaryKey()) {
                primary = f;
            }
        }
        if (primary == null) {
            throw new IllegalStateException(spec.name() + " has no primary key");
        }
        this.byName = Map.copyOf(names);
        this.pk = primary;
    }

    /**
     * The metamodel of {@code modelClass}: the generated {@code <Class>Meta} singleton, found once per class.
     *
     * @throws IllegalArgumentException if the class is not a {@code @Model} compiled with the Jango processor
     */
    @SuppressWarnings("unchecked")
    public static <M> ModelMeta<M> of(Class<M> modelClass) {
        return (ModelMeta<M>) BY_CLASS.get(modelClass);
    }

    private static ModelMeta<?> locate(Class<?> type) {
        String metaName = type.getPackageName() + "." + type.getSimpleName() + "Meta";
        try {
            Class<?> metaClass = Class.forName(metaName, true, type.getClassLoader());
            // One-time lookup of the generated singleton; rows are never read by reflection.
            for (java.lang.reflect.Field f : metaClass.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == metaClass) {
                    return (ModelMeta<?>) f.get(null);
                }
            }
            throw new IllegalArgumentException(metaName + " has no singleton instance");
        } catch (ClassNotFoundException | IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + " has no generated metamodel " + metaName
                    + ": is it annotated with @Model and compiled with jango-db-processor?", e);
        }
    }

    public final Class<M> modelClass() {
        return modelClass;
    }

    public final ModelSpec spec() {
        return spec;
    }

    /** The model's class name ({@code Book}). */
    public final String name() {
        return spec.name();
    }

    public final String table() {
        return spec.table();
    }

    /** All fields in declaration order; this is also the column order of {@link #mapRow}. */
    public final List<Field<M, ?>> fields() {
        return fields;
    }

    public final Optional<Field<M, ?>> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public final Field<M, ?> pk() {
        return pk;
    }

    /**
     * The relations declared on this model (foreign keys, one-to-ones, many-to-manys) and the reverse relations
     * generated for it, by name. Generated metamodels override this; a model without relations has none.
     */
    public List<Relation<M, ?>> relations() {
        return List.of();
    }

    /** The relation named {@code name} ({@code "author"}, {@code "tags"}, {@code "books"}). */
    public final Optional<Relation<M, ?>> relation(String name) {
        return relations().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A new, unsaved instance with the declared defaults applied. */
    public abstract M newInstance();

    /**
     * Builds an instance from the row's columns {@code offset + 1 .. offset + fields().size()}, which hold every
     * field in {@link #fields()} order. Generated as straight-line code, one typed read per field.
     */
    public abstract M mapRow(ResultSet rs, int offset, ValueReader reader) throws SQLException;

    @Override
    public String toString() {
        return "ModelMeta[" + name() + " → " + table() + "]";
    }
}
