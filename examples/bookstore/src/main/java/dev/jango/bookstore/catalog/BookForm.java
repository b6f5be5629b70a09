package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.AuthorMeta.AUTHOR;
import static dev.jango.bookstore.catalog.BookMeta.BOOK;

import dev.jango.web.forms.ModelForm;

/**
 * The add-book form: a {@link ModelForm} over {@code Book} (title, author id, price, published, pages) whose rules
 * come from the model — required fields, 200 characters, 8 digits with 2 decimals — plus a check that the author
 * exists, so a wrong id is a form error rather than a foreign-key failure.
 *
 * <pre>{@code
 * var bound = BookForm.FORM.bind(request.form());
 * if (bound.isValid()) bound.save();
 * }</pre>
 */
public final class BookForm {
    private BookForm() {
    }

    /** The form; immutable, shared by every request. */
    public static final ModelForm<Book> FORM = ModelForm.of(BOOK)
            .fields("title", "author", "price", "published", "pages")
            .cleaner((data, errors) -> {
                if (data.has("author") && !Author.objects.filter(AUTHOR.id.eq(((Number) data.value("author"))
                        .longValue())).exists()) {
                    errors.add("author", "invalid_choice", "No author has id " + data.value("author") + ".");
                }
            });
}
