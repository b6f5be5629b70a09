package dev.jango.db.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerCapabilitiesTest {
    @Test
    void returningOnlyOnMariaDbTenFiveAndLater() {
        assertThat(ServerCapabilities.supportsReturning("10.11.19-MariaDB-0+deb12u1", 10, 11)).isTrue();
        assertThat(ServerCapabilities.supportsReturning("11.4.2-MariaDB", 11, 4)).isTrue();
        assertThat(ServerCapabilities.supportsReturning("10.4.30-MariaDB", 10, 4)).isFalse();
        assertThat(ServerCapabilities.supportsReturning("8.0.36", 8, 0)).isFalse();
    }
}
