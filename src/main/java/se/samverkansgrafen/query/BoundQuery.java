package se.samverkansgrafen.query;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.samverkansgrafen.store.StoreFlavour;

/**
 * A named query with its parameters put in as RDF terms by Jena's syntactic substitution
 * (the parsed query is transformed, never its text), for stores other than Fuseki. Jena turns
 * a grouped parameter into {@code GROUP BY (<iri> AS ?person)} next to
 * {@code SELECT (<iri> AS ?person)}; Virtuoso refuses the alias made twice, so the grouping
 * keeps the constant without the alias ({@code GROUP BY (<iri>)}: still one group per value),
 * in subqueries too; a subquery no longer projects the value (its alias would clash with the
 * same alias around it).
 * Jena also projects each value put in; only the columns the query itself names are kept. An
 * ordering by a value put in is dropped ({@code ORDER BY "value"} does not parse, and orders nothing).
 * A test {@code BOUND(?parameter)} becomes true (written out it would be {@code BOUND("value")},
 * which no parser takes).
 * Where the store's default graph is a bag union, a SELECT without aggregates is made DISTINCT.
 */
public final class BoundQuery {

    private BoundQuery() {
    }

    /**
     * The query with its values put in, for the given store. Where the default graph is a bag
     * union, a SELECT without aggregates is made DISTINCT: its rows are facts, and a triple
     * stated in two files would otherwise give its row twice.
     */
    static Query forStore(Query query, Binding binding, StoreFlavour flavour) {
        Query bound = substitute(query, binding);
        if (flavour.bagUnionDefaultGraph() && bound.isSelectType() && !bound.hasAggregators()
                && !bound.hasGroupBy() && !bound.isDistinct() && !bound.isReduced()) {
            bound.setDistinct(true);
        }
        return bound;
    }

    /** The query with the binding's values put in, written so that any SPARQL 1.1 store parses it. */
    public static Query substitute(Query query, Binding binding) {
        Map<Var, Node> values = new HashMap<>();
        binding.forEach(values::put);
        // As text, a substituted BOUND(?x) would read BOUND("value"), which does not parse: it is true.
        Query bound = QueryTransformOps.transform(QueryTransformOps.syntaxSubstitute(query, values),
                new ElementTransformCopyBase(), new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunction1 function, Expr argument) {
                        return function instanceof E_Bound && argument.isConstant() ? NodeValue.TRUE
                                : super.transform(function, argument);
                    }
                });
        if (!query.isQueryResultStar()) {
            // Jena projects every value put in as (value AS ?var); keep the columns the query names.
            for (Var var : values.keySet()) {
                if (!query.getProjectVars().contains(var) && bound.getProject().contains(var)) {
                    bound.getProject().remove(var);
                }
            }
        }
        tidyConstants(bound, values);
        return bound;
    }

    /**
     * In the query and each of its subqueries, a grouped parameter stays grouped without its
     * alias, and an ordering by a parameter goes: it orders nothing, and ORDER BY "value" is
     * not SPARQL text.
     */
    private static void tidyConstants(Query query, Map<Var, Node> values) {
        if (query.hasOrderBy()) {
            query.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        if (query.hasGroupBy()) {
            VarExprList groups = new VarExprList(query.getGroupBy());
            query.getGroupBy().clear();
            groups.forEachVarExpr((var, expr) -> {
                if (expr != null && expr.isConstant() && values.containsKey(var)) {
                    query.addGroupBy(expr);
                } else if (expr != null) {
                    query.addGroupBy(var, expr);
                } else {
                    query.addGroupBy(var);
                }
            });
        }
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery subQuery) {
                    Query inner = subQuery.getQuery();
                    // A subquery projecting (<iri> AS ?matter) puts ?matter in scope of the query
                    // around it, which may project the same alias: the value is everywhere already.
                    values.forEach((var, value) -> {
                        Expr projected = inner.getProject().getExpr(var);
                        if (projected != null && projected.isConstant() && inner.getProject().size() > 1) {
                            inner.getProject().remove(var);
                        }
                    });
                    tidyConstants(inner, values);
                }
            });
        }
    }
}

