/**
 * Benchmarks of the web request path without sockets: the standard middleware stack, the router and a plain-text
 * view, called in process as the server bridge calls them, so a regression in the per-request cost shows up
 * before a load test.
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RequestPathBenchmark
 * }</pre>
 */
package dev.jango.bench.web;
