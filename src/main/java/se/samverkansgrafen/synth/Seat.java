package se.samverkansgrafen.synth;

/**
 * A seat in a group: held by whoever holds {@code post}, in role {@code role} (a local name
 * in the role scheme: ordforande, ledamot, ersattare, sekreterare, sammankallande, ...).
 * The seat of a deputy names the member it stands in for ({@code deputyFor}, else null).
 */
record Seat(Post post, String role, Post deputyFor) {

    Seat(Post post, String role) {
        this(post, role, null);
    }
}
