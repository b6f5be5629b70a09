package dev.jango.db.bulk;

import dev.jango.db.meta.Field;
import java.util.List;

/**
 * What bulkCreate does with an object whose unique key already has a row. The conflict target defaults to the
 * model's first unique field (or the primary key when the objects carry one); name it with {@code on(...)}. On
 * MariaDB, whose {@code ON DUPLICATE KEY UPDATE} cannot name a key, a conflict on any unique key of the table
 * takes the same branch.
 *
 * <pre>{@code
 * OnConflict.fail()                                  // the default: an IntegrityError, nothing written
 * OnConflict.ignore()                                // keep the existing row, count the object as ignored
 * OnConflict.update(BOOK.title, BOOK.price).on(BOOK.isbn)   // overwrite these columns of the existing row
 * }</pre>
 */
public sealed interface OnConflict {
    /** The unique fields that identify a conflict (empty: the model's unique fields). */
    List<Field<?, ?>> target();

    /** A conflict raises the database's unique violation and the whole bulkCreate rolls back. */
    static OnConflict fail() {
        return Fail.INSTANCE;
    }

    /** {@code ON CONFLICT DO NOTHING}, counted as ignored. */
    static Ignore ignore() {
        return new Ignore(List.of());
    }

    /** {@code ON CONFLICT DO UPDATE SET field = the object's value, …}, counted as updated. */
    static Update update(Field<?, ?>... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("OnConflict.update needs at least one field to update");
        }
        return new Update(List.of(fields), List.of());
    }

    /** Fail on conflict. */
    enum Fail implements OnConflict {
        INSTANCE;

        @Override
        public List<Field<?, ?>> target() {
            return List.of();
        }
    }

    /** Skip conflicting objects. */
    record Ignore(List<Field<?, ?>> target) implements OnConflict {
        public Ignore {
            target = List.copyOf(target);
        }

        /** The unique field(s) whose duplicates are skipped. */
        public Ignore on(Field<?, ?>... unique) {
            return new Ignore(List.of(unique));
        }
    }

    /** Overwrite {@code fields} of the conflicting rows. */
    record Update(List<Field<?, ?>> fields, List<Field<?, ?>> target) implements OnConflict {
        public Update {
            fields = List.copyOf(fields);
            target = List.copyOf(target);
        }

        /** The unique field(s) whose duplicates are updated. */
        public Update on(Field<?, ?>... unique) {
            return new Update(fields, List.of(unique));
        }
    }
}
