/**
 * The {@code seed} command and the deterministic reference data set it inserts (the benchmark's data). For example:
 * <pre>{@code
 * ./manage seed --books 2000 --if-empty
 * }</pre>
 */
package dev.jango.bookstore.seed;
