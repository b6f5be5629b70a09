package dev.jango.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.routing.ReadYourWrites;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.test.TestClient;
import org.junit.jupiter.api.Test;

/** Each request is its own read-your-writes scope: a write pins that request's reads, never the next request's. */
class PinToPrimaryTest {
    final TestClient client = new TestClient(Dispatcher.builder().router(Router.of(
            Routes.path("read/", r -> HttpResponse.text("active=" + ReadYourWrites.active() + " wrote=" + ReadYourWrites.wrote())),
            Routes.path("write/", r -> {
                ReadYourWrites.noteWrite(); // what Db.forWrite records when a write is routed
                return HttpResponse.text("active=" + ReadYourWrites.active() + " wrote=" + ReadYourWrites.wrote());
            }))).build());

    @Test
    void everyRequestRunsInAFreshScope() {
        assertThat(client.get("/read/").text()).isEqualTo("active=true wrote=false");
        assertThat(client.get("/write/").text()).isEqualTo("active=true wrote=true");
        assertThat(client.get("/read/").text()).isEqualTo("active=true wrote=false");
        assertThat(ReadYourWrites.active()).isFalse();
    }
}
