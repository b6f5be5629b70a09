/**
 * Migration operations: each changes the schema state ({@link dev.jango.migrations.operations.Operation#apply})
 * and yields the steps that change the database, forwards and backwards, for one vendor.
 *
 * <pre>{@code
 * Operation op = new AddField("Book", FieldSpec.of("isbn", "isbn", FieldKind.CHAR));
 * List<Step> sql = op.forwards(new OpContext("shop", SchemaEditor.forVendor("postgresql")), state);
 * }</pre>
 */
package dev.jango.migrations.operations;
