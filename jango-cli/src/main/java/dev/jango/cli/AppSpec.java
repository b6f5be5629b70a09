package dev.jango.cli;

import dev.jango.db.meta.ModelMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * One application of a project as management commands see it: a label, its models and where its migrations live.
 * The web layer's {@code dev.jango.web.apps.App} extends this with routes, templates and a ready hook; commands
 * in {@code jango-migrations} need no more than what is here.
 *
 * <pre>{@code
 * AppSpec shop = AppSpec.of("shop", List.of(BOOK, AUTHOR));
 * shop.migrationsPackage();    // "shop.migrations"
 * shop.migrationsDirectory();  // src/main/resources/shop/migrations (relative to Project.baseDir())
 * }</pre>
 */
public interface AppSpec {
    /** A short unique name: lower case letters, digits and underscores ({@code "shop"}). */
    String label();

    /** The app's models, in the order migrations should create them. */
    List<ModelMeta<?>> models();

    /**
     * The package migration files of this app belong to. Defaults to {@code <label>.migrations}; an app class
     * usually overrides it with its own package plus {@code .migrations}.
     */
    default String migrationsPackage() {
        return label() + ".migrations";
    }

    /**
     * Where this app's migration files are written, relative to {@link Project#baseDir()}: by default the
     * resources folder of {@link #migrationsPackage()}, so that they ship on the class path.
     */
    default Path migrationsDirectory() {
        return Path.of("src", "main", "resources").resolve(migrationsPackage().replace('.', '/'));
    }

    /** A plain app with the default migrations location. */
    static AppSpec of(String label, List<? extends ModelMeta<?>> models) {
        return new Simple(label, List.copyOf(models));
    }

    /** Checks that a label is usable as a folder, a package segment and a command-line argument. */
    static String requireValidLabel(String label) {
        if (label == null || !label.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("app label '" + label
                    + "' is invalid: use lower case letters, digits and underscores, starting with a letter");
        }
        return label;
    }

    /** The value behind {@link #of}. */
    record Simple(String label, List<ModelMeta<?>> models) implements AppSpec {
        public Simple {
            requireValidLabel(label);
            models = List.copyOf(models);
        }
    }
}
