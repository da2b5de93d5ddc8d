package se.samverkansgrafen.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * What every query on a dataset this service holds runs under, whoever sends it (the
 * API, /sparql or the embedded Fuseki): no SERVICE calls to other servers, and REGEX and
 * REPLACE that give up when the query's timeout fires.
 */
public final class QueryEngineGuards {

    static {
        // The symbols used below are set up by Jena's initialisation.
        JenaSystem.init();
    }

    private QueryEngineGuards() {
    }

    /** Applies the guards to a dataset's context. */
    public static void apply(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQConstants.sysOptimizerFactory, BOUNDED_STRING_FUNCTIONS);
    }

    /** Applies the guards to ARQ's global context too, for queries on datasets built elsewhere in this JVM. */
    public static void applyGlobally() {
        apply(ARQ.getContext());
    }

    /** The standard optimizer, then REGEX and REPLACE swapped for their bounded forms. */
    private static final RewriteFactory BOUNDED_STRING_FUNCTIONS = context -> op -> {
        Op optimized = Optimize.stdOptimizationFactory.create(context).rewrite(op);
        return Walker.transform(optimized, new TransformCopy(), new BoundedFunctions());
    };

    private static final class BoundedFunctions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof BoundedRegex)) {
                return new BoundedRegex(args);
            }
            if (func instanceof E_StrReplace && !(func instanceof BoundedReplace)) {
                return new BoundedReplace(args);
            }
            return super.transform(func, args);
        }
    }
}
