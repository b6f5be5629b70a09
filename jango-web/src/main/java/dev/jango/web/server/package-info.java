/**
 * The request flow's outer end: {@link dev.jango.web.server.Dispatcher} (router, middleware, error pages; a pure
 * request → response function, used in memory by the test client) and {@link dev.jango.web.server.JangoServer}
 * (Jetty 12 core handlers, one virtual thread per request, limits, graceful shutdown).
 *
 * <pre>{@code
 * Dispatcher app = Dispatcher.builder().router(router).middleware(List.of(...)).debug(true).build();
 * try (JangoServer server = JangoServer.start(ServerConfig.defaults().withPort(8000), app)) {
 *     server.join();
 * }
 * }</pre>
 */
package dev.jango.web.server;
