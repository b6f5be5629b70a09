package dev.jango.web.commands;

import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.settings.EnvList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every check of a project: the built-in model and security checks, each app's {@link App#checks()} and every
 * {@link CheckProvider} on the class path. IDs listed in the setting {@code checks.silenced} (comma-separated,
 * {@code JANGO_SILENCED_CHECKS} via settings extras) are dropped and counted.
 *
 * <pre>{@code
 * CheckRegistry.Result r = CheckRegistry.standard(registry).run(true);
 * r.messages();   // sorted by level (worst first), then id
 * }</pre>
 */
public final class CheckRegistry {
    private final AppRegistry registry;
    private final List<Check> checks;

    private CheckRegistry(AppRegistry registry, List<Check> checks) {
        this.registry = registry;
        this.checks = List.copyOf(checks);
    }

    /** Built-in, app and provider checks for {@code registry}. */
    public static CheckRegistry standard(AppRegistry registry) {
        List<Check> all = new ArrayList<>();
        all.add(ModelChecks.check());
        all.add(SecurityChecks.check());
        for (App app : registry.apps()) {
            all.addAll(app.checks());
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (CheckProvider provider : ServiceLoader.load(CheckProvider.class,
                loader != null ? loader : CheckRegistry.class.getClassLoader())) {
            all.addAll(provider.checks());
        }
        return new CheckRegistry(registry, all);
    }

    /** This registry plus {@code more}. */
    public CheckRegistry with(List<Check> more) {
        List<Check> all = new ArrayList<>(checks);
        all.addAll(more);
        return new CheckRegistry(registry, all);
    }

    /** Runs the checks ({@code deploy}: the deploy-only ones too). */
    public Result run(boolean deploy) {
        Set<String> silenced = Set.copyOf(EnvList.parse(registry.settings().extra("checks.silenced").orElse("")));
        List<CheckMessage> found = new ArrayList<>();
        int dropped = 0;
        for (Check check : checks) {
            if (check.deployOnly() && !deploy) {
                continue;
            }
            for (CheckMessage m : check.run(registry)) {
                if (silenced.contains(m.id())) {
                    dropped++;
                } else {
                    found.add(m);
                }
            }
        }
        found.sort(Comparator.comparing(CheckMessage::level).reversed().thenComparing(CheckMessage::id)
                .thenComparing(CheckMessage::subject));
        return new Result(found, dropped);
    }

    /**
     * What a run found.
     *
     * @param messages the findings, worst first
     * @param silenced how many were silenced
     */
    public record Result(List<CheckMessage> messages, int silenced) {
        public Result {
            messages = List.copyOf(messages);
        }

        /** Whether any finding is at or above {@code level}. */
        public boolean fails(CheckMessage.Level level) {
            return messages.stream().anyMatch(m -> m.isAtLeast(level));
        }

        public List<String> ids() {
            return messages.stream().map(CheckMessage::id).toList();
        }
    }
}
