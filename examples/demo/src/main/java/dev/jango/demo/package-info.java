/**
 * A tiny runnable demo of the Jango ORM on SQLite: two models, their generated metamodels, and a few queries.
 *
 * <pre>{@code ./jango demo   # or: java -jar examples/demo/target/jango-demo.jar}</pre>
 */
package dev.jango.demo;
