package se.samverkansgrafen.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverkansgrafen.ingest.IngestException;
import se.samverkansgrafen.ingest.MinutesDrafts;
import se.samverkansgrafen.ingest.MinutesText;
import se.samverkansgrafen.ingest.UnreadableMinutesException;

/**
 * Drafts from uploaded minutes (PDF, DOCX, ODT, text) by the ingestion extractor; a Turtle
 * upload (.ttl) is taken as a hand-made draft.
 */
class MinutesDraftExtractor implements DraftExtractor {

    private final MinutesDrafts minutes;
    private final TurtleDraftExtractor turtle = new TurtleDraftExtractor();

    MinutesDraftExtractor(MinutesDrafts minutes) {
        this.minutes = minutes;
    }

    @Override
    public DraftGraph extract(String fileName, byte[] content) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ttl")) {
            return turtle.extract(fileName, content);
        }
        try {
            MinutesDrafts.Result draft = minutes.draft(fileName, content);
            return new DraftGraph(draft.model().getGraph(), draft.summary());
        } catch (UnreadableMinutesException | IngestException e) {
            throw new DraftExtractionException(e.getMessage(), e);
        }
    }

    /** Read again by the same reader, so line N here is the line a fact's sg:sourceLine N names. */
    @Override
    public List<String> sourceLines(String fileName, byte[] content) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ttl")) {
            return List.of();
        }
        try {
            // The reader leaves out empty lines but keeps the numbers; they come back as empty lines.
            List<String> lines = new ArrayList<>();
            for (MinutesText.Line line : minutes.text(fileName, content).lines()) {
                while (lines.size() < line.number() - 1) {
                    lines.add("");
                }
                lines.add(line.text());
            }
            return lines;
        } catch (UnreadableMinutesException e) {
            return List.of();
        }
    }
}
