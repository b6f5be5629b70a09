package dev.jango.web.commands;

import dev.jango.db.meta.Choice;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.ModelMeta;
import dev.jango.web.apps.AppRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the installed models' declarations, read from the runtime metamodel: problems the processor cannot see
 * because they span models (two models on one table) or slipped through hand-written metamodels.
 *
 * <pre>{@code
 * ModelChecks.check().run(registry);   // [models.E028 ..., fields.E120 ...]
 * }</pre>
 */
public final class ModelChecks {
    private ModelChecks() {
    }

    public static Check check() {
        return ModelChecks::run;
    }

    static List<CheckMessage> run(AppRegistry registry) {
        List<CheckMessage> out = new ArrayList<>();
        Map<String, String> tables = new HashMap<>();
        for (ModelMeta<?> model : registry.models()) {
            String previous = tables.putIfAbsent(model.table().toLowerCase(Locale.ROOT), model.name());
            if (previous != null) {
                out.add(CheckMessage.error("models.E028", "table '" + model.table() + "' is used by both "
                        + previous + " and " + model.name(), "give one of them @Model(table = ...)")
                        .on(model.name()));
            }
            Set<String> columns = new HashSet<>();
            for (Field<?, ?> field : model.fields()) {
                fieldChecks(model, field.spec(), out);
                if (!columns.add(field.column().toLowerCase(Locale.ROOT))) {
                    out.add(CheckMessage.error("models.E007", "column '" + field.column()
                            + "' is used by more than one field", "rename one with @Column")
                            .on(model.name() + "." + field.name()));
                }
            }
        }
        return out;
    }

    private static void fieldChecks(ModelMeta<?> model, FieldSpec f, List<CheckMessage> out) {
        String subject = model.name() + "." + f.name();
        if (f.kind() == FieldKind.CHAR && f.maxLength() <= 0) {
            out.add(CheckMessage.error("fields.E120", "CHAR field needs a positive max length",
                    "declare @Char(max = ...)").on(subject));
        }
        if (f.kind() == FieldKind.DECIMAL && (f.precision() <= 0 || f.scale() < 0 || f.scale() > f.precision())) {
            out.add(CheckMessage.error("fields.E132", "DECIMAL field has precision " + f.precision()
                    + " and scale " + f.scale() + "; scale must be between 0 and precision",
                    "declare @Decimal(precision = ..., scale = ...)").on(subject));
        }
        if (f.kind() == FieldKind.CHAR && f.maxLength() > 0) {
            for (Choice c : f.choices()) {
                if (c.value().length() > f.maxLength()) {
                    out.add(CheckMessage.error("fields.E009", "choice '" + c.value() + "' is longer than max length "
                            + f.maxLength(), "shorten the choice or raise max").on(subject));
                }
            }
        }
        if (f.primaryKey() && f.nullable()) {
            out.add(CheckMessage.error("fields.E007", "a primary key cannot be nullable", "remove @Null")
                    .on(subject));
        }
    }
}
