package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./mvnw -q compile exec:java@ingest-benchmark}: pages per second for extraction
 * (text to draft model) over the seed minutes, after a warm-up, with the full gazetteer.
 * Reading files is not timed here; the document reader has its own figures.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException, IngestException {
        Path root = Path.of(System.getProperty("samverkan.data.root", "")).toAbsolutePath();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long loadStart = System.nanoTime();
        Gazetteer gazetteer = new Gazetteer(Gazetteer.loadModel(root, p -> true));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        MinutesExtractor extractor = new MinutesExtractor(gazetteer);
        List<MinutesText> texts = new ArrayList<>();
        for (Path seed : Evaluation.seeds(root)) {
            texts.add(new MinutesReader().read(seed));
        }
        // A text page of minutes is about 50 lines; the seeds carry no page breaks of their own.
        int pagesPerRound = texts.stream().mapToInt(t -> Math.max(t.pageCount(), (t.lines().size() + 49) / 50)).sum();
        for (int i = 0; i < 3; i++) {
            for (MinutesText text : texts) {
                DraftWriter.toModel(extractor.extract(text));
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (MinutesText text : texts) {
                DraftWriter.toModel(extractor.extract(text));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int pages = pagesPerRound * rounds;
        System.out.printf("gazetteer load: %.2f s (%d people)%n", loadSeconds, gazetteer.people().size());
        System.out.printf("extraction: %d documents, %d pages (50 lines a page) in %.2f s: %.1f pages/s, %.0f ms per document%n",
                texts.size() * rounds, pages, seconds, pages / seconds, 1000 * seconds / (texts.size() * rounds));
    }
}
