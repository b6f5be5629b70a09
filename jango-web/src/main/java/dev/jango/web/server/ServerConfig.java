package dev.jango.web.server;

import dev.jango.web.http.RequestLimits;
import java.time.Duration;

/**
 * Server settings as a plain value (the settings module feeds it from the profile).
 *
 * <pre>{@code
 * ServerConfig c = ServerConfig.defaults().withPort(0).withMaxConcurrentRequests(500);
 * }</pre>
 *
 * @param host address to bind
 * @param port port to bind; 0 picks a free one (tests)
 * @param maxConcurrentRequests requests handled at once; more wait, up to {@code maxQueuedRequests}
 * @param maxQueuedRequests requests allowed to wait for a slot; beyond that 503
 * @param queueTimeout how long a request may wait for a slot before 503
 * @param maxHeaderBytes largest request line + headers; beyond that 431 (or 414 for a long URI)
 * @param idleTimeout a connection idle (or a client sending too slowly) this long is closed
 * @param shutdownTimeout how long a graceful stop waits for in-flight requests
 * @param limits body and parsing limits
 */
public record ServerConfig(String host, int port, int maxConcurrentRequests, int maxQueuedRequests,
                           Duration queueTimeout, int maxHeaderBytes, Duration idleTimeout, Duration shutdownTimeout,
                           RequestLimits limits) {

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxConcurrentRequests < 1 || maxQueuedRequests < 0 || maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("server limits out of range (header limit at least 1024): " + this);
        }
    }

    /** 127.0.0.1:8000, 10,000 concurrent, 10,000 queued for 30 s, 16 KiB headers, 30 s idle, 30 s drain. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8000, 10_000, 10_000, Duration.ofSeconds(30), 16 * 1024,
                Duration.ofSeconds(30), Duration.ofSeconds(30), RequestLimits.defaults());
    }

    /** With another port. */
    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxConcurrentRequests, maxQueuedRequests, queueTimeout, maxHeaderBytes,
                idleTimeout, shutdownTimeout, limits);
    }

    /** With another bind address. */
    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxConcurrentRequests, maxQueuedRequests, queueTimeout, maxHeaderBytes,
                idleTimeout, shutdownTimeout, limits);
    }

    /** With another concurrency limit and queue. */
    public ServerConfig withMaxConcurrentRequests(int max, int queued, Duration waitAtMost) {
        return new ServerConfig(host, port, max, queued, waitAtMost, maxHeaderBytes, idleTimeout, shutdownTimeout, limits);
    }

    /** With another header limit. */
    public ServerConfig withMaxHeaderBytes(int bytes) {
        return new ServerConfig(host, port, maxConcurrentRequests, maxQueuedRequests, queueTimeout, bytes, idleTimeout,
                shutdownTimeout, limits);
    }

    /** With another idle timeout. */
    public ServerConfig withIdleTimeout(Duration d) {
        return new ServerConfig(host, port, maxConcurrentRequests, maxQueuedRequests, queueTimeout, maxHeaderBytes, d,
                shutdownTimeout, limits);
    }

    /** With another graceful-shutdown wait. */
    public ServerConfig withShutdownTimeout(Duration d) {
        return new ServerConfig(host, port, maxConcurrentRequests, maxQueuedRequests, queueTimeout, maxHeaderBytes,
                idleTimeout, d, limits);
    }

    /** With other body limits. */
    public ServerConfig withLimits(RequestLimits l) {
        return new ServerConfig(host, port, maxConcurrentRequests, maxQueuedRequests, queueTimeout, maxHeaderBytes,
                idleTimeout, shutdownTimeout, l);
    }
}
