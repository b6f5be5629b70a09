package dev.jango.bookstore;

import dev.jango.bookstore.seed.ReferenceData;
import dev.jango.bookstore.seed.SeedCommand;
import dev.jango.db.connection.Database;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.apps.WebApplication;
import dev.jango.web.server.Dispatcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Test fixtures: the bookstore's dispatcher with the development settings, and a small seeded data set. */
final class Bookstore {
    private Bookstore() {
    }

    /** The project's full middleware stack and routes, as {@code runserver} builds them. */
    static Dispatcher dispatcher() {
        BookstoreProject project = new BookstoreProject();
        AppRegistry registry = project.load(Map.of("JANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost"));
        return WebApplication.dispatcher(registry, project.routes(registry));
    }

    /** Seeds {@code books} books (and 3 tags each) into the empty tables of {@code db}. */
    static void seed(Database db, long books) {
        SeedCommand.seed(db, new ReferenceData(books), new PrintWriter(new StringWriter()));
    }
}
