package dev.jango.demo.relations;

import static dev.jango.demo.BookMeta.BOOK;
import static dev.jango.demo.relations.CategoryMeta.CATEGORY;
import static dev.jango.demo.relations.LoanMeta.LOAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.schema.SchemaEditor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DDL of foreign keys: inline constraints, database actions only for CASCADE and SET NULL, indexed columns. */
class ForeignKeyDdlTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void foreignKeysAreInlineConstraintsWithIndexes(String vendor) {
        SchemaEditor editor = SchemaEditor.forVendor(vendor);
        String q = vendor.equals("mariadb") ? "`" : "\"";
        String book = String.join("\n", editor.createModel(BOOK)).replace(q, "'");
        assertThat(book)
                .contains("CONSTRAINT 'book_author_id_fk' FOREIGN KEY ('author_id') REFERENCES 'author' ('id')"
                        + " ON DELETE CASCADE")
                .containsPattern("CREATE INDEX 'book_author_id_idx' ON 'book' \\('author_id'\\)");
        assertThat(String.join("\n", editor.createModel(CATEGORY)).replace(q, "'"))
                .contains("FOREIGN KEY ('parent_id') REFERENCES 'category' ('id') ON DELETE SET NULL");
        String loan = String.join("\n", editor.createModel(LOAN)).replace(q, "'");
        assertThat(loan).contains("FOREIGN KEY ('book_id') REFERENCES 'book' ('id')").doesNotContain("ON DELETE");
    }
}
