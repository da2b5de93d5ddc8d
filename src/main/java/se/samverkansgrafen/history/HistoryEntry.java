package se.samverkansgrafen.history;

import java.time.Instant;
import java.util.List;

/**
 * One commit of the data repository.
 *
 * @param commit  the commit id
 * @param author  the editor who made the change
 * @param time    when it was made
 * @param message the commit message (names the meeting)
 * @param paths   the files it changed, relative to the data root
 */
public record HistoryEntry(String commit, String author, Instant time, String message, List<String> paths) {
}
