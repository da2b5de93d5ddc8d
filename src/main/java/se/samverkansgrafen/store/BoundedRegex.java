package se.samverkansgrafen.store;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL REGEX whose matching stops when the query is cancelled (see {@link CancellableText}). */
final class BoundedRegex extends E_Regex {

    BoundedRegex(ExprList args) {
        super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = RegexEngine.makePattern("REGEX", args.get(1).getString(),
                args.size() > 2 ? args.get(2).getString() : null);
        CharSequence input = new CancellableText(text.getLiteralLexicalForm(), CancelSignals.of(env));
        return NodeValue.booleanReturn(pattern.matcher(input).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs);
    }
}
