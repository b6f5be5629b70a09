/**
 * The bulk-write benchmark: bulkCreate and bulkUpdate of 100,000 rows on PostgreSQL, timed by a plain runner.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.jango.bench.bulk.BulkBench}</pre>
 */
package dev.jango.bench.bulk;
