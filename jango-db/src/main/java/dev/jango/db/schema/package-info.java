/**
 * The per-vendor schema editor: column types per {@link dev.jango.db.meta.FieldKind}, CREATE/ALTER/DROP DDL for
 * tables, columns, indexes and constraints. The test harness creates tables with it; migrations build on it.
 *
 * <pre>{@code
 * List<String> ddl = SchemaEditor.forVendor(Vendor.POSTGRESQL).createModel(BookMeta.BOOK);
 * ddl.forEach(database::execute);
 * }</pre>
 */
package dev.jango.db.schema;
