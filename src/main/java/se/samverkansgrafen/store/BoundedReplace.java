package se.samverkansgrafen.store;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL REPLACE whose matching stops when the query is cancelled (see {@link CancellableText}). */
final class BoundedReplace extends E_StrReplace {

    BoundedReplace(ExprList args) {
        super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        Pattern pattern = RegexEngine.makePattern("REPLACE", args.get(1).getString(),
                args.size() > 3 ? args.get(3).getString() : null);
        if (pattern.matcher("").matches()) {
            // XPath fn:replace: a pattern that matches the empty string is an error.
            throw new ExprEvalException("REPLACE: pattern matches the empty string");
        }
        CharSequence input = new CancellableText(text.getLiteralLexicalForm(), CancelSignals.of(env));
        String replaced = pattern.matcher(input).replaceAll(args.get(2).getString());
        String language = text.getLiteralLanguage();
        return NodeValue.makeNode(language.isEmpty()
                ? NodeFactory.createLiteralDT(replaced, text.getLiteralDatatype())
                : NodeFactory.createLiteralLang(replaced, language));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs);
    }
}
