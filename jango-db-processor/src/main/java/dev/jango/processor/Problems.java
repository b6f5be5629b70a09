package dev.jango.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports malformed models as compile errors on the offending element, each message naming the model and, when
 * there is one, the field ({@code Book.price: BigDecimal needs @Decimal(precision, scale)}).
 */
final class Problems {
    private final Messager messager;
    private int count;

    Problems(Messager messager) {
        this.messager = messager;
    }

    void model(Element where, String model, String message) {
        error(where, "Jango model " + model + ": " + message);
    }

    void field(Element where, String model, String field, String message) {
        error(where, "Jango model " + model + ", field " + field + ": " + message);
    }

    private void error(Element where, String message) {
        count++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, where);
    }

    /** Errors reported so far; compare before and after analysing one model to know whether it is valid. */
    int count() {
        return count;
    }
}
