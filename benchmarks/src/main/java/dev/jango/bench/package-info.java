/**
 * JMH benchmarks of the ORM against raw JDBC; results and commands are recorded in {@code benchmarks/README.md}.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar OrmFetchBenchmark}</pre>
 */
package dev.jango.bench;
