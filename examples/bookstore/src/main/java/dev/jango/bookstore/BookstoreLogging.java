package dev.jango.bookstore;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The bookstore's logging, configured in code (found by Logback through {@code ServiceLoader}, before any XML):
 * one line per request ({@code GET /books/ 200 db_queries=2 db_ms=1.8 total_ms=4.2}) on stdout through an
 * asynchronous appender, and warnings and errors of everything else on stderr, synchronously.
 *
 * <p>Why in code and why asynchronous: a request must never wait for the terminal (a slow pipe under load made
 * every request pay for a blocking {@code write}); the request appender queues the line and drops lines rather
 * than block when the queue is full. Code instead of {@code logback.xml} also skips the XML parser at start-up.
 *
 * <pre>{@code
 * JANGO_LOG_REQUESTS=0 ./manage runserver 8000   # no per-request line (N+1 warnings still show)
 * }</pre>
 */
public final class BookstoreLogging extends ContextAwareBase implements Configurator {
    static final String REQUEST_LOGGER = "dev.jango.web.request";
    private static final int QUEUE = 8192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configure(context, System.getenv());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures {@code context}; {@code env} decides whether request lines are on. */
    static void configure(LoggerContext context, Map<String, String> env) {
        ConsoleAppender<ILoggingEvent> stderr = console(context, "STDERR", "System.err");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);

        ConsoleAppender<ILoggingEvent> stdout = console(context, "STDOUT", "System.out");
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("REQUESTS");
        async.setQueueSize(QUEUE);
        async.setNeverBlock(true);    // a full queue drops the line instead of stalling the request
        async.setIncludeCallerData(false);
        async.addAppender(stdout);
        async.start();
        Logger requests = context.getLogger(REQUEST_LOGGER);
        requests.setAdditive(false);
        requests.setLevel(requestLines(env) ? Level.INFO : Level.WARN);
        requests.addAppender(async);
    }

    /** On unless {@code JANGO_LOG_REQUESTS=0}; off by default under the test runner ({@code JANGO_TESTING=1}). */
    static boolean requestLines(Map<String, String> env) {
        String flag = env.get("JANGO_LOG_REQUESTS");
        if (flag != null && !flag.isBlank()) {
            return !flag.strip().equals("0") && !flag.strip().equalsIgnoreCase("false");
        }
        return !"1".equals(env.get("JANGO_TESTING"));
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String target) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
