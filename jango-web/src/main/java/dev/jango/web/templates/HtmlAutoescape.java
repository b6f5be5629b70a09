package dev.jango.web.templates;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Makes autoescaping cheap without changing what it escapes. Pebble's escaper decides which {@code {{ }}} are
 * escaped and wraps each in an {@code escape} filter call, which evaluates as a filter: a fresh argument map, a
 * strategy lookup and a {@link SafeString} for every value printed, about a tenth of a list page's garbage.
 * This visitor runs after Pebble's and replaces each HTML {@code escape} call at a print site with
 * {@link Escaped}, which escapes in place with {@link Html#escape}, returns the same string when there is nothing
 * to escape, and passes numbers through for the writer to print without a string.
 *
 * <p>Other strategies ({@code {% autoescape "js" %}}, {@code |escape(strategy="css")}) are left to Pebble.
 */
final class HtmlAutoescape implements NodeVisitorFactory {
    private static final String ESCAPE = "escape";
    private static final String HTML = "html";

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(PrintNode node) {
                if (node.getExpression() instanceof TernaryExpression ternary) {
                    ternary.setExpression2(rewrite(ternary.getExpression2()));
                    ternary.setExpression3(rewrite(ternary.getExpression3()));
                } else {
                    node.setExpression(rewrite(node.getExpression()));
                }
            }
        };
    }

    /** {@code value | escape} with the HTML strategy becomes {@link Escaped}; anything else is returned as is. */
    static Expression<?> rewrite(Expression<?> expression) {
        if (expression instanceof FilterExpression filter
                && filter.getRightExpression() instanceof FilterInvocationExpression call
                && ESCAPE.equals(call.getFilterName()) && isHtml(call.getArgs())) {
            return new Escaped(filter.getLeftExpression(), filter.getLineNumber());
        }
        return expression;
    }

    /** No arguments (the engine's default strategy, which {@link Templates} sets to HTML) or strategy="html". */
    private static boolean isHtml(ArgumentsNode args) {
        if (args.getPositionalArgs() != null && !args.getPositionalArgs().isEmpty()) {
            return false;
        }
        List<NamedArgumentNode> named = args.getNamedArgs();
        if (named == null || named.isEmpty()) {
            return true;
        }
        return named.size() == 1 && "strategy".equals(named.getFirst().getName())
                && named.getFirst().getValueExpression() instanceof LiteralStringExpression literal
                && HTML.equals(literal.getValue());
    }

    /** A printed value, HTML-escaped as Pebble's {@code escape} filter would escape it. */
    static final class Escaped implements Expression<Object> {
        private final Expression<?> value;
        private final int line;

        Escaped(Expression<?> value, int line) {
            this.value = value;
            this.line = line;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object v = value.evaluate(self, context);
            return switch (v) {
                case null -> null;
                case SafeString _ -> v;
                case String text -> Html.escape(text);
                // Digits, a sign, a point, an exponent: nothing to escape; the writer prints them without a String.
                case Long _, Integer _, Short _, Byte _, Double _, Float _, BigDecimal _, BigInteger _ -> v;
                default -> Html.escape(v.toString());
            };
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
