package dev.jango.migrations.executor;

import dev.jango.migrations.operations.Step;
import java.io.PrintWriter;

/**
 * Progress of code steps (backfills) for a person or a log. On a terminal one bar is redrawn in place with a
 * carriage return; elsewhere (CI logs, pipes) a plain line is printed at most every tenth of the way, so logs
 * stay short.
 *
 * <pre>{@code
 * Step.Progress p = TerminalProgress.forOutput(out);   // a bar when System.console() is a terminal
 * p.advance("backfill book.isbn", 4_500, 10_000);      // [#########           ]  45% 4500/10000 rows
 * }</pre>
 */
public final class TerminalProgress implements Step.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastTenth = -1;
    private boolean drawn;

    public TerminalProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A bar when the JVM's console is an interactive terminal, plain lines otherwise. */
    public static TerminalProgress forOutput(PrintWriter out) {
        var console = System.console();
        return new TerminalProgress(out, console != null && console.isTerminal());
    }

    @Override
    public void report(String message) {
        endBar();
        out.println("  " + message);
        out.flush();
    }

    @Override
    public void advance(String task, long done, long total) {
        if (terminal) {
            out.print("\r  " + bar(task, done, total));
            out.flush();
            drawn = true;
            return;
        }
        int tenth = total <= 0 ? 0 : (int) Math.min(10, done * 10 / total);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println("  " + task + ": " + done + (total > 0 ? "/" + total + " rows (" + tenth * 10 + "%)" : " rows"));
            out.flush();
        }
    }

    @Override
    public void finish(String task, long done) {
        endBar();
        lastTenth = -1;
        out.println("  " + task + ": done, " + done + " rows");
        out.flush();
    }

    /** The bar line without the carriage return: {@code [#####     ]  50% 5/10 rows backfill book.isbn}. */
    static String bar(String task, long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " "
                + done + (total > 0 ? "/" + total : "") + " rows " + task;
    }

    private void endBar() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
