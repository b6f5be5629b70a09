package dev.jango.migrations.state;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.schema.Table;
import java.util.Objects;

/**
 * One model as migrations see it: its app, its class name and its table. Historical models are values of this
 * type, so migrations never need today's classes.
 *
 * <pre>{@code
 * ModelState book = ModelState.of("shop", BookMeta.BOOK);
 * book.key();   // "shop.Book"
 * }</pre>
 */
public record ModelState(String app, String name, Table table) {
    public ModelState {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
    }

    public static ModelState of(String app, ModelMeta<?> meta) {
        return new ModelState(app, meta.name(), Table.of(meta));
    }

    /** {@code app.Model}, unique in a project. */
    public String key() {
        return app + "." + name;
    }

    public ModelState withTable(Table newTable) {
        return new ModelState(app, name, newTable);
    }

    public ModelState withName(String newName) {
        return new ModelState(app, newName, table);
    }
}
