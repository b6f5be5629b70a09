package dev.jango.migrations;

import static dev.jango.migrations.TestModels.model;
import static dev.jango.migrations.TestModels.spec;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A 20-model app in two versions; version 2 exercises every kind of change the autodetector knows. */
final class TwentyModelApp {
    private TwentyModelApp() {
    }

    static List<ModelMeta<?>> v1() {
        List<ModelMeta<?>> models = new ArrayList<>();
        models.add(model("M01", "zm_m01").chars("title", 100).build());
        models.add(model("M02", "zm_m02").chars("title", 100).nullable("rank", FieldKind.INT).build());
        models.add(model("M03", "zm_m03").chars("a", 20).with("b", FieldKind.INT, "0").build());
        models.add(model("M04", "zm_m04").with("price", FieldKind.DECIMAL, "0").build());
        models.add(model("M05", "zm_m05").chars("name", 40).build());
        models.add(model("M06", "zm_m06").chars("keep", 10).nullable("legacy", FieldKind.TEXT).build());
        models.add(model("M07", "zm_m07").nullable("note", FieldKind.TEXT).build());
        models.add(model("M08", "zm_m08").chars("x", 10).chars("y", 10).build());
        models.add(model("M09", "zm_m09").chars("code", 10).build());
        models.add(model("M10", "zm_m10").chars("a", 10).index("zm_m10_old_idx", "a").build());
        models.add(model("M11", "zm_m11").with("active", FieldKind.BOOLEAN, "true")
                .nullable("at", FieldKind.DATETIME).build());
        models.add(model("M12", "zm_m12").nullable("day", FieldKind.DATE).nullable("t", FieldKind.TIME).build());
        models.add(model("M13", "zm_m13").nullable("uid", FieldKind.UUID).nullable("doc", FieldKind.JSON).build());
        models.add(model("M14", "zm_m14").nullable("data", FieldKind.BINARY)
                .with("ttl", FieldKind.DURATION, "PT30S").build());
        models.add(model("M15", "zm_m15").with("status", FieldKind.ENUM, "NEW").check("zm_m15_status",
                "status__in=NEW,DONE").build());
        models.add(model("M16", "zm_m16").chars("a", 10).chars("b", 10).unique("", "a", "b").build());
        models.add(model("M17", "zm_m17").with("n", FieldKind.LONG, "7").nullable("r", FieldKind.DOUBLE).build());
        models.add(model("M18", "zm_m18").chars("slug", 30).index("", "slug", "-id").build());
        models.add(model("M19", "zm_m19").with("qty", FieldKind.INT, "1").check("zm_m19_qty", "qty__gte=0").build());
        models.add(model("M20", "zm_m20").chars("title", 60).nullable("body", FieldKind.TEXT).build());
        return models;
    }

    static List<ModelMeta<?>> v2() {
        List<ModelMeta<?>> models = new ArrayList<>();
        models.add(model("M01", "zm_m01").chars("title", 100).nullable("subtitle", FieldKind.CHAR)
                .with("pages", FieldKind.INT, "0").build());
        models.add(model("M02", "zm_m02").chars("title", 100).with("rank", FieldKind.INT, "5").build());
        models.add(model("M03", "zm_m03").chars("a", 20).with("b", FieldKind.INT, "0").index("", "a", "b").build());
        models.add(model("M04", "zm_m04").with("price", FieldKind.DECIMAL, "0").check("zm_m04_price",
                "price__gte=0").build());
        // name → label, keeping the physical column "name": a state-only rename.
        models.add(model("M05", "zm_m05").field(new dev.jango.db.meta.FieldSpec("label", "name", FieldKind.CHAR,
                false, false, false, false, false, Optional.empty(), List.of(), 40, 0, 0, "name", "")).build());
        models.add(model("M06", "zm_m06").chars("keep", 10).build());
        models.add(model("M08", "zm_m08").chars("x", 10).chars("y", 10).unique("zm_m08_xy", "x", "y").build());
        models.add(model("M09", "zm_m09").chars("code", 40).build());
        models.add(model("M10", "zm_m10").chars("a", 10).index("zm_m10_new_idx", "a").build());
        models.addAll(v1().subList(10, 20));
        models.add(model("M21", "zm_m21").chars("name", 30).with("n", FieldKind.INT, "0").build());
        return models;
    }

    /** Renames answered for v1 → v2. */
    static java.util.Set<String> renames() {
        return java.util.Set.of("app.M05.name=label");
    }

    static dev.jango.db.meta.FieldSpec unused() {
        return spec("x", FieldKind.INT, 0, 0, 0, false, Optional.empty());
    }
}
