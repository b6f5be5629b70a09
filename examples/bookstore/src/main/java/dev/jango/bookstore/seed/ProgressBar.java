package dev.jango.bookstore.seed;

import java.io.PrintWriter;

/**
 * A one-line text progress bar, redrawn in place with a carriage return.
 *
 * <pre>{@code
 * ProgressBar bar = new ProgressBar(out, "books", 2_000);
 * bar.update(1_000);   // books     [###############...............]  50%  1,000 / 2,000
 * }</pre>
 */
record ProgressBar(PrintWriter out, String label, long total) {
    private static final int WIDTH = 30;

    void update(long done) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        long percent = total == 0 ? 100 : 100 * Math.min(done, total) / total;
        out.printf("\r%-10s[%s%s] %3d%%  %,d / %,d", label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent,
                done, total);
        out.flush();
    }
}
