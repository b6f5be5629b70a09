/**
 * The Spring Boot peer of the side-by-side benchmark: the bookstore endpoints on the shared schema, written with
 * Spring Data JPA, Thymeleaf and virtual threads the way Spring's guides show them.
 *
 * <p>Run through {@code benchmarks/side-by-side/run.sh}, or alone:
 * {@code SERVER_PORT=8182 java -jar benchmarks/side-by-side/spring/target/bookstore-spring.jar}.
 */
package dev.jango.peer.spring;
