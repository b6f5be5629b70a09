package dev.jango.test.db;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.LongField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ModelSpec;
import dev.jango.db.meta.StringField;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** What the processor would generate for {@link Note}. */
public final class NoteMeta extends ModelMeta<Note> {
    public static final NoteMeta NOTE = new NoteMeta(
            new LongField<>(new FieldSpec("id", "id", FieldKind.BIG_AUTO, false, false, false, false, true,
                    Optional.empty(), List.of(), 0, 0, 0, "id", ""), n -> n.id, (n, v) -> n.id = v),
            new StringField<>(new FieldSpec("title", "title", FieldKind.CHAR, false, false, true, false, false,
                    Optional.empty(), List.of(), 40, 0, 0, "title", ""), n -> n.title, (n, v) -> n.title = v));

    public final LongField<Note> id;
    public final StringField<Note> title;

    private NoteMeta(LongField<Note> id, StringField<Note> title) {
        super(Note.class, new ModelSpec("Note", "note", "note", List.of(), List.of(), List.of(), List.of()),
                List.of(id, title));
        this.id = id;
        this.title = title;
    }

    @Override
    public Note newInstance() {
        return new Note();
    }

    @Override
    public Note mapRow(ResultSet rs, int offset, ValueReader reader) throws SQLException {
        Note n = new Note();
        n.id = reader.readLong(rs, offset + 1);
        n.title = reader.readString(rs, offset + 2);
        return n;
    }
}
