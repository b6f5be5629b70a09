/**
 * The annotation processor that turns {@code @Model} classes into their typed metamodels ({@code BookMeta.BOOK})
 * and row mappers at compile time, and rejects malformed models with errors naming the class and field.
 *
 * <pre>{@code
 * <dependency><groupId>dev.jango</groupId><artifactId>jango-db-processor</artifactId><scope>provided</scope></dependency>
 * }</pre>
 */
package dev.jango.processor;
