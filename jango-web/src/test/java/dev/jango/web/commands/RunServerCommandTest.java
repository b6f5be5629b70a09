package dev.jango.web.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunServerCommandTest {
    private final Settings settings = Settings.load(Map.of("PORT", "9000"));

    @Test
    void addressAndPortForms() {
        assertThat(RunServerCommand.Bind.parse(null, settings)).isEqualTo(new RunServerCommand.Bind("127.0.0.1", 9000));
        assertThat(RunServerCommand.Bind.parse("8080", settings)).isEqualTo(new RunServerCommand.Bind("127.0.0.1", 8080));
        assertThat(RunServerCommand.Bind.parse("0.0.0.0:80", settings)).isEqualTo(new RunServerCommand.Bind("0.0.0.0", 80));
        assertThat(RunServerCommand.Bind.parse("[::1]:8000", settings)).isEqualTo(new RunServerCommand.Bind("::1", 8000));
        assertThat(RunServerCommand.Bind.parse(":7000", settings)).isEqualTo(new RunServerCommand.Bind("127.0.0.1", 7000));
    }

    @Test
    void badAddressesNameTheInput() {
        assertThatThrownBy(() -> RunServerCommand.Bind.parse("http", settings))
                .hasMessage("'http' is not a port number or address:port");
        assertThatThrownBy(() -> RunServerCommand.Bind.parse("h:70000", settings))
                .hasMessage("'h:70000' is not a port number or address:port");
        assertThatThrownBy(() -> RunServerCommand.Bind.parse("[::1", settings)).hasMessage("'[::1' is not [ipv6]:port");
    }
}
