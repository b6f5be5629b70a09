package dev.jango.migrations.autodetect;

import java.util.Set;

/**
 * Answers the autodetector's rename questions: interactively on a console, or from {@code --rename} flags when
 * not interactive. A "no" turns a rename into a remove plus an add.
 *
 * <pre>{@code
 * Questioner q = Questioner.answers(Set.of("shop.Book.title=name", "shop.Writer=Author"));
 * }</pre>
 */
public interface Questioner {
    boolean renameModel(String app, String oldName, String newName);

    boolean renameField(String app, String model, String oldName, String newName);

    /** Never a rename. */
    static Questioner never() {
        return answers(Set.of());
    }

    /** Every candidate is a rename. */
    static Questioner always() {
        return new Questioner() {
            @Override
            public boolean renameModel(String app, String oldName, String newName) {
                return true;
            }

            @Override
            public boolean renameField(String app, String model, String oldName, String newName) {
                return true;
            }
        };
    }

    /**
     * Renames given as {@code app.OldModel=NewModel} and {@code app.Model.oldField=newField}; anything else is
     * not a rename.
     */
    static Questioner answers(Set<String> renames) {
        return new Questioner() {
            @Override
            public boolean renameModel(String app, String oldName, String newName) {
                return renames.contains(app + "." + oldName + "=" + newName);
            }

            @Override
            public boolean renameField(String app, String model, String oldName, String newName) {
                return renames.contains(app + "." + model + "." + oldName + "=" + newName);
            }
        };
    }
}
