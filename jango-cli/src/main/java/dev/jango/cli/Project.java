package dev.jango.cli;

import dev.jango.db.meta.ModelMeta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every management command runs against: the project's base directory, its database URLs by alias and its
 * apps. Built once by the launcher ({@link Manage}) and handed to each {@link dev.jango.cli.spi.CommandProvider};
 * commands open a database with {@code Db.database(alias)} after the launcher has configured
 * {@code Db.configure(project.databases())}.
 *
 * <pre>{@code
 * Project p = new Project(Path.of("."), Map.of("default", "sqlite:db.sqlite3"), List.of(AppSpec.of("shop", models)));
 * p.app("shop").orElseThrow().models();
 * p.requireApp("blog");   // IllegalArgumentException: no app 'blog'; apps are: shop
 * }</pre>
 *
 * @param baseDir    the project's root folder (where {@code pom.xml} and {@code manage} live)
 * @param databases  database URL by alias; always has {@code "default"}
 * @param apps       the installed apps, in load order, labels unique
 * @param extensions richer views of the project that layers above add, found by type with {@link #extension}
 *                   (the web layer puts its settings and app registry here)
 */
public record Project(Path baseDir, Map<String, String> databases, List<AppSpec> apps, List<Object> extensions) {
    /** The alias every project has. */
    public static final String DEFAULT_ALIAS = "default";

    public Project {
        baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        databases = Map.copyOf(new LinkedHashMap<>(databases));
        if (!databases.containsKey(DEFAULT_ALIAS)) {
            throw new IllegalArgumentException("project databases " + databases.keySet()
                    + " have no '" + DEFAULT_ALIAS + "' alias");
        }
        apps = List.copyOf(apps);
        Set<String> seen = new HashSet<>();
        for (AppSpec app : apps) {
            AppSpec.requireValidLabel(app.label());
            if (!seen.add(app.label())) {
                throw new IllegalArgumentException("app label '" + app.label() + "' is installed twice");
            }
        }
        extensions = List.copyOf(extensions);
    }

    /** A project without extensions. */
    public Project(Path baseDir, Map<String, String> databases, List<AppSpec> apps) {
        this(baseDir, databases, apps, List.of());
    }

    /** The first extension of type {@code type}, e.g. {@code project.extension(AppRegistry.class)}. */
    public <T> Optional<T> extension(Class<T> type) {
        return extensions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * A project with no apps, its default database from {@code JANGO_DATABASE_URL} or else
     * {@code sqlite:<baseDir>/db.sqlite3}. The launcher's fallback when no {@link dev.jango.cli.spi.ProjectLoader}
     * knows the project.
     */
    public static Project bare(Path baseDir, Map<String, String> env) {
        String url = env.getOrDefault("JANGO_DATABASE_URL",
                "sqlite:" + baseDir.toAbsolutePath().normalize().resolve("db.sqlite3"));
        return new Project(baseDir, Map.of(DEFAULT_ALIAS, url), List.of());
    }

    public Optional<AppSpec> app(String label) {
        return apps.stream().filter(a -> a.label().equals(label)).findFirst();
    }

    /** The app called {@code label}, or an exception listing the installed ones. */
    public AppSpec requireApp(String label) {
        return app(label).orElseThrow(() -> new IllegalArgumentException("no app '" + label + "'; apps are: "
                + (apps.isEmpty() ? "(none)" : String.join(", ", apps.stream().map(AppSpec::label).toList()))));
    }

    /** Every model of every app, app by app. */
    public List<ModelMeta<?>> models() {
        List<ModelMeta<?>> all = new ArrayList<>();
        apps.forEach(a -> all.addAll(a.models()));
        return List.copyOf(all);
    }

    /** The URL of the default database. */
    public String defaultDatabaseUrl() {
        return databases.get(DEFAULT_ALIAS);
    }
}
