package dev.jango.db.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.model.Entity;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SET_NULL / SET_DEFAULT values, and the clear refusal of a hand-written metamodel the processor would reject. */
class RulesTest {
    static final class Row extends Entity {
        Ref<Row> parent;
    }

    private static ForeignKeyField<Row, Row> key(OnDelete onDelete, boolean nullable, String defaultValue,
                                                 FieldKind kind) {
        FieldSpec spec = new FieldSpec("parent", "parent_id", kind, nullable, false, false, true, false,
                Optional.ofNullable(defaultValue), List.of(), 0, 0, 0, "parent", "");
        return new ForeignKeyField<>(spec, "ROW.parent", r -> r.parent, (r, v) -> r.parent = v, () -> null,
                onDelete, "children");
    }

    @Test
    void setNullAndSetDefaultValues() {
        assertThat(Rules.replacement(key(OnDelete.SET_NULL, true, null, FieldKind.LONG))).isNull();
        assertThat(Rules.replacement(key(OnDelete.SET_DEFAULT, false, "7", FieldKind.LONG))).isEqualTo(7L);
        assertThat(Rules.replacement(key(OnDelete.SET_DEFAULT, false, "7", FieldKind.INT))).isEqualTo(7);
        assertThat(Rules.replacement(key(OnDelete.SET_DEFAULT, false, "none", FieldKind.CHAR))).isEqualTo("none");
    }

    @Test
    void impossibleRulesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Rules.replacement(key(OnDelete.SET_NULL, false, null, FieldKind.LONG)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parent has onDelete = SET_NULL but is not nullable: add @Null");
        assertThatThrownBy(() -> Rules.replacement(key(OnDelete.SET_DEFAULT, false, null, FieldKind.LONG)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parent has onDelete = SET_DEFAULT but no @Default");
        assertThatThrownBy(() -> Rules.replacement(key(OnDelete.SET_DEFAULT, false, "x", FieldKind.LONG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@Default(\"x\") is not a LONG key");
    }
}
