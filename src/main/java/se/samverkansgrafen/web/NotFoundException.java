package se.samverkansgrafen.web;

/** An id that names nothing in the graph. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "'");
    }
}
