package dev.jango.web.commands;

import dev.jango.web.apps.AppRegistry;
import java.util.List;

/**
 * One system check run by {@code manage check}: inspects the loaded project and reports problems with stable IDs
 * ({@code security.W004}, {@code fields.E120}) so that they can be silenced and searched for. Apps add checks with
 * {@code App.checks()}, other modules with a {@link CheckProvider}.
 *
 * <pre>{@code
 * Check debugOff = Check.deploy(reg -> reg.settings().debug()
 *         ? List.of(CheckMessage.warning("security.W018", "debug is on in deployment", "set JANGO_DEBUG=0"))
 *         : List.of());
 * }</pre>
 */
public interface Check {
    /** The problems found; empty when all is well. */
    List<CheckMessage> run(AppRegistry registry);

    /** Runs only with {@code check --deploy}: checks that only make sense for a production configuration. */
    default boolean deployOnly() {
        return false;
    }

    /** A check that runs only with {@code --deploy}. */
    static Check deploy(Check check) {
        return new Check() {
            @Override
            public List<CheckMessage> run(AppRegistry registry) {
                return check.run(registry);
            }

            @Override
            public boolean deployOnly() {
                return true;
            }
        };
    }
}
