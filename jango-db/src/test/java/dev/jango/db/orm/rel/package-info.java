/**
 * Relation tests: publishers, authors, books, tags through BookTag, loaded with selectRelated/prefetchRelated and
 * filtered across relations, on every backend. Example: {@code RelationLoadingTest} asserts the 2-query page.
 */
package dev.jango.db.orm.rel;
