package se.samverkansgrafen.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** The flag a query's timeout sets, as seen from a function evaluated inside it. */
final class CancelSignals {

    private static final AtomicBoolean NEVER = new AtomicBoolean(false);

    private CancelSignals() {
    }

    static AtomicBoolean of(FunctionEnv env) {
        AtomicBoolean signal = null;
        if (env instanceof ExecutionContext execution) {
            signal = execution.getCancelSignal();
        }
        if (signal == null && env != null) {
            signal = Context.getCancelSignal(env.getContext());
        }
        return signal == null ? NEVER : signal;
    }
}
