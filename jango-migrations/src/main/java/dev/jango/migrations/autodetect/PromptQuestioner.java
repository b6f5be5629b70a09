package dev.jango.migrations.autodetect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Asks each rename question on a reader/writer pair (the console in {@code makemigrations}); {@code --rename}
 * answers are consulted first and not asked again. Only an answer starting with {@code y} is a yes; an empty line
 * or end of input is a no, so a closed stdin never invents a rename.
 *
 * <pre>{@code
 * Questioner q = new PromptQuestioner(Questioner.never(), console.reader(), console.writer());
 * // Did you rename shop.Book.title to name? [y/N]
 * }</pre>
 */
public final class PromptQuestioner implements Questioner {
    private final Questioner flags;
    private final BufferedReader in;
    private final PrintWriter out;

    public PromptQuestioner(Questioner flags, java.io.Reader in, PrintWriter out) {
        this.flags = flags;
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.out = out;
    }

    @Override
    public boolean renameModel(String app, String oldName, String newName) {
        return flags.renameModel(app, oldName, newName)
                || ask("Did you rename model " + app + "." + oldName + " to " + newName + "? [y/N] ");
    }

    @Override
    public boolean renameField(String app, String model, String oldName, String newName) {
        return flags.renameField(app, model, oldName, newName)
                || ask("Did you rename " + app + "." + model + "." + oldName + " to " + newName + "? [y/N] ");
    }

    private boolean ask(String question) {
        out.print(question);
        out.flush();
        try {
            String answer = in.readLine();
            if (answer == null) {
                out.println();
            }
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer to: " + question.strip(), e);
        }
    }
}
