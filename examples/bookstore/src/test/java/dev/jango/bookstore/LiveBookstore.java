package dev.jango.bookstore;

import dev.jango.bookstore.catalog.CatalogApp;
import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.apps.WebApplication;
import dev.jango.web.http.Body;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.middleware.Middleware;
import dev.jango.web.routing.Router;
import dev.jango.web.server.Dispatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bookstore on a fresh SQLite file for a live server: tables created, {@code books} books seeded, and every
 * request (its streamed body included) run with that database bound as {@code Db.database()}, the way tests bind
 * a database without touching the process-wide {@code Db.configure}.
 */
final class LiveBookstore {
    private LiveBookstore() {
    }

    static Dispatcher dispatcher(long books) {
        Database db = database(books);
        BookstoreProject project = new BookstoreProject();
        AppRegistry registry = project.load(Map.of("JANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost"));
        Router router = Router.of(project.routes(registry));
        List<Middleware> stack = new ArrayList<>();
        stack.add(bind(db));
        stack.addAll(WebApplication.middleware(registry.settings(), router));
        return Dispatcher.builder().router(router).middleware(stack).debug(true).build();
    }

    private static Database database(long books) {
        try {
            Path file = Files.createTempFile("jango-bookstore-live", ".sqlite3");
            file.toFile().deleteOnExit();
            Database db = Database.open("default", "sqlite:" + file);
            SchemaEditor editor = SchemaEditor.forVendor(db.vendor().name());
            for (ModelMeta<?> model : new CatalogApp().models()) {
                editor.createModel(model).forEach(db::execute);
            }
            Bookstore.seed(db, books);
            return db;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Outermost layer: binds {@code db} for the view and again for a streamed body, written after the view returns. */
    private static Middleware bind(Database db) {
        return (request, chain) -> {
            HttpResponse response = Db.using(db, () -> chain.proceed(request));
            if (response.body() instanceof Body.Streamed(Body.Writer writer)) {
                return response.withBody(new Body.Streamed(out -> {
                    try {
                        Db.using(db, () -> {
                            writer.writeTo(out);
                            return null;
                        });
                    } catch (IOException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                }));
            }
            return response;
        };
    }
}
