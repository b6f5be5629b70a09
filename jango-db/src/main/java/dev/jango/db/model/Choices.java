package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a field may take, each {@code "value"} or {@code "value=Label"}. Enum fields get their choices from
 * their constants and need no annotation.
 *
 * <pre>{@code @Choices({"pb=Paperback", "hc=Hardcover"}) @Char(max = 2) public String format;}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Choices {
    String[] value();
}
