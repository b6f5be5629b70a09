/**
 * The immutable query AST: expressions ({@link dev.jango.db.expr.FieldRef}, {@link dev.jango.db.expr.F},
 * arithmetic, date parts, aggregates, functions, Case, subqueries, windows) and the where-tree ({@link dev.jango.db.expr.Condition}: one record per lookup), each
 * node rendering itself through a {@link dev.jango.db.expr.SqlWriter} with every value bound as a parameter.
 *
 * <pre>{@code
 * Condition c = BOOK.title.icontains("dune").and(BOOK.pages.gt(F.of(BOOK.chapters).times(10)));
 * Book.objects.filter(c.not());
 * Book.objects.values(BOOK.format).annotate("n", Count.all().filter(BOOK.pages.gt(100))).filter(F.of("n").gt(1));
 * }</pre>
 */
package dev.jango.db.expr;
