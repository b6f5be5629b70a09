package dev.jango.cli;

import dev.jango.cli.spi.CommandProvider;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Test provider: {@code apps} lists the project's apps, {@code fail} throws, {@code exit N} returns N. */
public final class EchoCommands implements CommandProvider {
    @Override
    public List<Object> commands(Project project) {
        return List.of(new Apps(project), new Fail(), new Exit(), new Quiet());
    }

    @Command(name = "apps", description = "Lists the installed apps.")
    static final class Apps implements Callable<Integer> {
        private final Project project;
        @Spec
        CommandSpec spec;

        Apps(Project project) {
            this.project = project;
        }

        @Override
        public Integer call() {
            project.apps().forEach(a -> spec.commandLine().getOut().println(a.label() + " " + a.models().size()));
            return 0;
        }
    }

    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the shop app has no models");
        }
    }

    @Command(name = "exit")
    static final class Exit implements Callable<Integer> {
        @Parameters(index = "0")
        int code;

        @Override
        public Integer call() {
            return code;
        }
    }

    @Command(name = "quiet")
    static final class Quiet implements Callable<Integer>, dev.jango.cli.spi.NoDatabase {
        @Override
        public Integer call() {
            return 0;
        }
    }
}
