package dev.jango.web.middleware;

import dev.jango.cli.AppSpec;
import dev.jango.db.meta.ModelMeta;
import java.util.List;

/**
 * The {@code sessions} app: the {@link SessionRecord} model behind {@link DatabaseSessionBackend}, with its
 * migrations (made by {@code makemigrations}) under {@code dev/jango/web/sessions/migrations}, so {@code migrate}
 * creates {@code jango_session}. List it among the project's apps when using the database backend.
 *
 * <pre>{@code
 * List<AppSpec> apps = List.of(SessionsApp.INSTANCE, new ShopApp());
 * }</pre>
 */
public enum SessionsApp implements AppSpec {
    /** The one instance. */
    INSTANCE;

    @Override
    public String label() {
        return "sessions";
    }

    @Override
    public List<ModelMeta<?>> models() {
        return List.of(SessionRecordMeta.SESSION_RECORD);
    }

    @Override
    public String migrationsPackage() {
        return "dev.jango.web.sessions.migrations";
    }
}
