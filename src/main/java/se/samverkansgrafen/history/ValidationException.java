package se.samverkansgrafen.history;

import java.util.List;

/** A change that does not parse or breaks the SHACL shapes; nothing was written. */
public class ValidationException extends RuntimeException {

    private final List<String> violations;

    public ValidationException(List<String> violations) {
        super("The change breaks the shapes or does not parse (" + violations.size() + " results): "
                + String.join("; ", violations.subList(0, Math.min(3, violations.size()))));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
