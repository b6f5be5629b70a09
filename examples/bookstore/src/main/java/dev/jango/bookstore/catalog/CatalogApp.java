package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.AuthorMeta.AUTHOR;
import static dev.jango.bookstore.catalog.BookMeta.BOOK;
import static dev.jango.bookstore.catalog.BookTagMeta.BOOK_TAG;
import static dev.jango.bookstore.catalog.CountryMeta.COUNTRY;
import static dev.jango.bookstore.catalog.PublisherMeta.PUBLISHER;
import static dev.jango.bookstore.catalog.TagMeta.TAG;

import dev.jango.bookstore.seed.SeedCommand;
import dev.jango.cli.Project;
import dev.jango.db.meta.ModelMeta;
import dev.jango.web.apps.App;
import dev.jango.web.routing.Routes;
import dev.jango.web.templates.Templates;
import java.util.List;

/**
 * The catalog app: the six bookstore models, their pages and API, and the {@code seed} command. The project
 * mounts its routes at the site root, so the paths are the ones the benchmark peers serve.
 *
 * <pre>{@code
 * new CatalogApp().routes();   // books/, books/<int:id>/, authors/<int:id>/, search/, api/books/, …
 * }</pre>
 */
public final class CatalogApp implements App {
    private final BookViews views = new BookViews(Templates.classpath("/static/"));

    @Override
    public String label() {
        return "catalog";
    }

    @Override
    public List<ModelMeta<?>> models() {
        return List.of(COUNTRY, PUBLISHER, AUTHOR, TAG, BOOK, BOOK_TAG);
    }

    @Override
    public String migrationsPackage() {
        return "dev.jango.bookstore.catalog.migrations";
    }

    @Override
    public List<Routes.Def> routes() {
        return List.of(
                Routes.path("books/", views::list, "book-list"),
                Routes.path("books/new/", views::create, "book-new"),
                Routes.path("books/<int:id>/", views::detail, "book-detail"),
                Routes.path("authors/<int:id>/", views::author, "author-detail"),
                Routes.path("search/", views::search, "search"),
                Routes.path("api/books/", ApiViews::books, "api-books"),
                Routes.path("export/books.csv", ApiViews::exportCsv, "export-books"),
                Routes.path("slow/", ApiViews::slow, "slow"),
                Routes.path("plain/", ApiViews::plain, "plain"));
    }

    @Override
    public List<Object> commands(Project project) {
        return List.of(new SeedCommand());
    }
}
