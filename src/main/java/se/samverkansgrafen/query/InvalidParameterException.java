package se.samverkansgrafen.query;

import java.util.List;

/**
 * A request parameter that cannot be bound into a query: names the parameter, what was
 * wrong and, for a parameter with a fixed set of values, the values it accepts.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final List<String> allowed;

    public InvalidParameterException(String parameter, String problem) {
        this(parameter, problem, List.of());
    }

    public InvalidParameterException(String parameter, String problem, List<String> allowed) {
        super("Parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    /** The values the parameter accepts, when it has a fixed set; otherwise empty. */
    public List<String> allowed() {
        return allowed;
    }
}
