package dev.jango.web.testmodels;

import dev.jango.db.meta.BooleanField;
import dev.jango.db.meta.Choice;
import dev.jango.db.meta.DateField;
import dev.jango.db.meta.DecimalField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IntField;
import dev.jango.db.meta.LongField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ModelSpec;
import dev.jango.db.meta.StringField;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Hand-written stand-in for the generated metamodel of {@link Book}. */
public final class BookMeta extends ModelMeta<Book> {
    public static final BookMeta BOOK = new BookMeta();

    public final LongField<Book> id;
    public final StringField<Book> title;
    public final DecimalField<Book> price;
    public final DateField<Book> published;
    public final StringField<Book> status;
    public final StringField<Book> notes;
    public final IntField<Book> pages;
    public final BooleanField<Book> inPrint;

    private BookMeta() {
        this(declaredFields());
    }

    @SuppressWarnings("unchecked")
    private BookMeta(List<Field<Book, ?>> f) {
        super(Book.class, new ModelSpec("Book", "webapp_form_book", "book", List.of("id"), List.of(),
                List.of(new UniqueSpec("webapp_form_book_title_published_uniq", List.of("title", "published"))), List.of()), f);
        id = (LongField<Book>) f.get(0);
        title = (StringField<Book>) f.get(1);
        price = (DecimalField<Book>) f.get(2);
        published = (DateField<Book>) f.get(3);
        status = (StringField<Book>) f.get(4);
        notes = (StringField<Book>) f.get(5);
        pages = (IntField<Book>) f.get(6);
        inPrint = (BooleanField<Book>) f.get(7);
    }

    private static FieldSpec spec(String name, String column, FieldKind kind, boolean nullable, boolean blank,
            boolean unique, boolean pk, Optional<String> dflt, List<Choice> choices, int max, int precision,
            int scale, String label, String help) {
        return new FieldSpec(name, column, kind, nullable, blank, unique, false, pk, dflt, choices, max, precision,
                scale, label, help);
    }

    private static List<Field<Book, ?>> declaredFields() {
        return List.of(
                new LongField<Book>(spec("id", "id", FieldKind.BIG_AUTO, false, false, false, true, Optional.empty(),
                        List.of(), 0, 0, 0, "id", ""), b -> b.id, (b, v) -> b.id = v),
                new StringField<Book>(spec("title", "title", FieldKind.CHAR, false, false, true, false,
                        Optional.empty(), List.of(), 20, 0, 0, "title", "The full title"),
                        b -> b.title, (b, v) -> b.title = v),
                new DecimalField<Book>(spec("price", "price", FieldKind.DECIMAL, false, false, false, false,
                        Optional.empty(), List.of(), 0, 6, 2, "price", ""), b -> b.price, (b, v) -> b.price = v),
                new DateField<Book>(spec("published", "published", FieldKind.DATE, true, true, false, false,
                        Optional.empty(), List.of(), 0, 0, 0, "published on", ""),
                        b -> b.published, (b, v) -> b.published = v),
                new StringField<Book>(spec("status", "status", FieldKind.CHAR, false, false, false, false,
                        Optional.of("draft"), List.of(new Choice("draft", "Draft"), new Choice("live", "Live")), 10, 0,
                        0, "status", ""), b -> b.status, (b, v) -> b.status = v),
                new StringField<Book>(spec("notes", "notes", FieldKind.TEXT, true, true, false, false,
                        Optional.empty(), List.of(), 0, 0, 0, "notes", ""), b -> b.notes, (b, v) -> b.notes = v),
                new IntField<Book>(spec("pages", "pages", FieldKind.INT, false, false, false, false,
                        Optional.of("0"), List.of(), 0, 0, 0, "pages", ""), b -> b.pages, (b, v) -> b.pages = v),
                new BooleanField<Book>(spec("inPrint", "in_print", FieldKind.BOOLEAN, false, true, false, false,
                        Optional.of("false"), List.of(), 0, 0, 0, "in print", ""),
                        b -> b.inPrint, (b, v) -> b.inPrint = v));
    }

    @Override
    public Book newInstance() {
        return new Book();
    }

    @Override
    public Book mapRow(ResultSet rs, int offset, ValueReader reader) throws SQLException {
        Book b = new Book();
        b.id = reader.readLong(rs, offset + 1);
        b.title = reader.readString(rs, offset + 2);
        b.price = reader.readDecimal(rs, offset + 3);
        b.published = reader.readDate(rs, offset + 4);
        b.status = reader.readString(rs, offset + 5);
        b.notes = reader.readString(rs, offset + 6);
        b.pages = reader.readInt(rs, offset + 7);
        b.inPrint = reader.readBoolean(rs, offset + 8);
        return b;
    }
}
