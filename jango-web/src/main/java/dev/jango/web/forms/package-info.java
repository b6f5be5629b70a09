/**
 * Forms: {@link dev.jango.web.forms.Form} (declared fields, cleaning, errors, rendering) and
 * {@link dev.jango.web.forms.ModelForm} (fields and unique checks derived from the metamodel). Binding never throws
 * for bad input: errors are collected per field with stable codes.
 *
 * <pre>{@code
 * BoundForm f = Form.of(Fields.text("name", 50), Fields.integer("age", 0, 150)).bind(Params.of("age", "x"));
 * f.errors().of("age");   // [Enter a whole number.]
 * }</pre>
 */
package dev.jango.web.forms;
