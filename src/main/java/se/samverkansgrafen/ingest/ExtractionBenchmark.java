package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * {@code ./mvnw -q compile exec:java@ingest-benchmark}: pages per second for extraction
 * (text to draft model) over the seed minutes, after a warm-up, with the full gazetteer; then
 * the time from a 20-page PDF (the seed texts laid out with PDFBox) to its draft, reading included.
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

        byte[] pdf = twentyPagePdf(Files.readString(Evaluation.seeds(root).getFirst()));
        MinutesReader reader = new MinutesReader();
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length + 2; i++) {
            long t = System.nanoTime();
            MinutesText text = reader.read("twenty-pages.pdf", pdf);
            DraftWriter.toModel(extractor.extract(text));
            if (i >= 2) {
                nanos[i - 2] = System.nanoTime() - t;
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("20-page PDF (%d kB) to its draft, reading included: median %.0f ms over %d runs%n",
                pdf.length / 1024, nanos[nanos.length / 2] / 1e6, nanos.length);
    }

    /** The text repeated over 20 A4 pages of 45 lines in Helvetica, as a word processor exports minutes. */
    private static byte[] twentyPagePdf(String text) throws IOException {
        List<String> lines = text.lines().map(l -> l.length() > 95 ? l.substring(0, 95) : l)
                .map(l -> l.replace('\t', ' ')).toList();
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int next = 0;
            for (int page = 0; page < 20; page++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                    for (int row = 0; row < 45; row++) {
                        String line = lines.get(next++ % lines.size());
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(60, 780 - 16 * row);
                        content.showText(winAnsi(font, line));
                        content.endText();
                    }
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The line without characters the standard font cannot show. */
    private static String winAnsi(PDType1Font font, String line) {
        StringBuilder shown = new StringBuilder();
        line.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            try {
                font.encode(ch);
                shown.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                shown.append(' ');
            }
        });
        return shown.toString();
    }
}
