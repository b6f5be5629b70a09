/**
 * Test support for web code: an in-memory {@link dev.jango.web.test.TestClient} (no socket: it calls the dispatcher
 * directly, keeps cookies, follows redirects, submits CSRF tokens like a browser) and a JUnit live-server extension
 * on a real socket. It lives in jango-web, not jango-test, because jango-test must not pull the web stack into
 * pure-ORM modules' tests (see ADR 0050).
 *
 * <pre>{@code
 * TestClient client = new TestClient(dispatcher);
 * client.get("/books/new/");                                   // receives the csrftoken cookie
 * TestResponse r = client.post("/books/new/", Map.of("title", "Dune"));
 * assertThat(r.status()).isEqualTo(302);
 * }</pre>
 */
package dev.jango.web.test;
