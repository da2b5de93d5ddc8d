package se.samverkansgrafen.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.springframework.http.HttpStatus;

/**
 * Checks an analyst's parsed query before it runs: SERVICE anywhere in it (in a
 * subquery, EXISTS or NOT EXISTS, OPTIONAL, MINUS, UNION, GRAPH, a SELECT expression,
 * ORDER BY or HAVING) is refused here with a clear answer. The query engine refuses SERVICE
 * as well (see QueryEngineGuards); this check is what makes the refusal a 400 that says why.
 */
final class QueryInspection {

    private QueryInspection() {
    }

    static void check(Query query) {
        Op algebra;
        try {
            algebra = Algebra.compile(query);
        } catch (StackOverflowError tooDeep) {
            throw tooComplex();
        }
        ServiceFinder finder = new ServiceFinder();
        try {
            // The walker goes into the patterns of EXISTS and NOT EXISTS and into subqueries.
            Walker.walk(algebra, finder, finder.expressions);
        } catch (StackOverflowError tooDeep) {
            throw tooComplex();
        }
        if (finder.found) {
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "service-refused",
                    "SERVICE (federated query) is not allowed on this endpoint, at any depth of the query");
        }
    }

    /** Finds SERVICE in the algebra, including in ORDER BY conditions, which the walker does not visit. */
    private static final class ServiceFinder extends OpVisitorBase {

        boolean found;
        final ExprVisitorBase expressions = new ExprVisitorBase();

        @Override
        public void visit(OpService op) {
            found = true;
        }

        @Override
        public void visit(OpOrder op) {
            for (SortCondition condition : op.getConditions()) {
                Walker.walk(condition.getExpression(), this, expressions);
            }
        }
    }

    static SparqlProblem tooComplex() {
        return new SparqlProblem(HttpStatus.BAD_REQUEST, "query-too-complex",
                "The query is nested too deeply (or has too many branches) to be evaluated; simplify it");
    }
}
