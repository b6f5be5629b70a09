package dev.jango.migrations.state;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The models of a whole project at one point of migration history, keyed {@code app.Model} and sorted, so two
 * equal states compare equal and serialise identically.
 *
 * <pre>{@code
 * ProjectState s = ProjectState.empty().with(ModelState.of("shop", BOOK));
 * s.model("shop", "Book").table().fields().size();
 * }</pre>
 */
public record ProjectState(Map<String, ModelState> models) {
    public ProjectState {
        models = java.util.Collections.unmodifiableMap(new TreeMap<>(models));
    }

    public static ProjectState empty() {
        return new ProjectState(Map.of());
    }

    /** The state the models declare now, app by app. */
    public static ProjectState fromModels(Map<String, ? extends Collection<? extends ModelMeta<?>>> byApp) {
        Map<String, ModelState> all = new TreeMap<>();
        byApp.forEach((app, metas) -> metas.forEach(m -> {
            ModelState ms = ModelState.of(app, m);
            all.put(ms.key(), ms);
        }));
        return new ProjectState(all);
    }

    public Optional<ModelState> find(String app, String name) {
        return Optional.ofNullable(models.get(app + "." + name));
    }

    /** The model {@code app.name}; a {@link StateException} listing the app's models if there is none. */
    public ModelState model(String app, String name) {
        return find(app, name).orElseThrow(() -> new StateException("no model " + app + "." + name
                + " in the migration state (models of " + app + ": " + ofApp(app).stream().map(ModelState::name)
                .toList() + ")"));
    }

    public List<ModelState> ofApp(String app) {
        return models.values().stream().filter(m -> m.app().equals(app)).toList();
    }

    /** This state restricted to one app. */
    public ProjectState onlyApp(String app) {
        Map<String, ModelState> kept = new TreeMap<>();
        ofApp(app).forEach(m -> kept.put(m.key(), m));
        return new ProjectState(kept);
    }

    /** This state with {@code app}'s models replaced by {@code other}'s models of that app. */
    public ProjectState replaceApp(String app, ProjectState other) {
        Map<String, ModelState> next = new TreeMap<>(models);
        next.values().removeIf(m -> m.app().equals(app));
        other.ofApp(app).forEach(m -> next.put(m.key(), m));
        return new ProjectState(next);
    }

    public ProjectState with(ModelState model) {
        Map<String, ModelState> next = new TreeMap<>(models);
        next.put(model.key(), model);
        return new ProjectState(next);
    }

    public ProjectState without(String app, String name) {
        model(app, name);
        Map<String, ModelState> next = new TreeMap<>(models);
        next.remove(app + "." + name);
        return new ProjectState(next);
    }

    /** This state with model {@code app.name}'s table changed. */
    public ProjectState mapTable(String app, String name, UnaryOperator<Table> change) {
        ModelState m = model(app, name);
        return with(m.withTable(change.apply(m.table())));
    }
}
