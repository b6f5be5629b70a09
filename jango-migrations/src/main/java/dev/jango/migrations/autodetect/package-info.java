/**
 * The autodetector: diffs the models against the committed snapshot and emits operations, asking about renames,
 * then splits them into migrations in their safe forms (concurrent index builds alone and non-atomic,
 * NOT VALID checks validated in a later migration).
 *
 * <pre>{@code
 * List<Operation> ops = new Autodetector(Questioner.never()).changes("shop", snapshot, models);
 * List<List<Operation>> migrations = SafeForms.split(ops);
 * }</pre>
 */
package dev.jango.migrations.autodetect;
