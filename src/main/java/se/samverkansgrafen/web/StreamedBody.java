package se.samverkansgrafen.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a download written as it is read (an export, a dump) does when it fails part-way. Its
 * stream is never closed then: closing would end the response as if the body were whole (a
 * CSV file short of rows, a valid gzip file of half a dump). Before anything went out, the
 * response is reset, so the failure gets a response of its own (problem details, without the
 * download's file name); after, it is left unfinished and the server aborts it, so the client
 * sees a broken transfer.
 */
public final class StreamedBody {

    private StreamedBody() {
    }

    /** Call on a failure while writing the body, then rethrow it. */
    public static void abandon(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.reset();
        }
    }
}
