/**
 * Delete collector tests: artists, albums, songs, reviews, fans and a self-referencing node tree, one model per
 * on-delete rule, on every backend. Example: {@code CascadeSignalsTest} sees postDelete for every cascaded row.
 */
package dev.jango.db.orm.deletion;
