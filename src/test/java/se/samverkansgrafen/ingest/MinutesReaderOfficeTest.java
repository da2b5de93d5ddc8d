package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.ingest.MinutesText.Line;

class MinutesReaderOfficeTest {

    private final MinutesReader reader = new MinutesReader();

    @Test
    void docxParagraphsAndTableRowsBecomeLinesWithoutThePageHeader() throws IOException {
        byte[] docx = docx();

        // The name says text; the content says DOCX, and the content decides.
        MinutesText text = reader.read("minutes.txt", docx);

        assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.lines()).extracting(Line::text).containsExactly(
                "Protokoll från Exempelnämnden",
                "Närvarande",
                "Namn\tTitel\tOrganisation",
                "Anna Andersson\tEnhetschef\tExempelby kommun",
                "Bertil Berg\tSocialchef\tRegion Exempel",
                "Frånvarande: Cecilia Ceder, Exempelby kommun",
                "§ 1 Mötets öppnande");
        assertThat(text.lines()).extracting(Line::page).containsOnly(1);
        assertThat(text.lines()).extracting(Line::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        Line struckRow = text.lines().get(4);
        assertThat(struckRow.struck()).containsExactly("Bertil Berg");
        assertThat(text.lines().get(3).struck()).isEmpty();
    }

    @Test
    void odtParagraphsHeadingsAndTableRowsBecomeLines() throws IOException {
        MinutesText text = reader.read("protokoll", odt());

        assertThat(text.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(text.lines()).extracting(Line::text).containsExactly(
                "Minnesanteckningar Exempelgruppen",
                "Tid: 3 oktober 2025 kl. 13.00",
                "Anna Andersson\tExempelby kommun",
                "Bertil Berg\tRegion Exempel",
                "1. Inledning");
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Sekreterare Eva Exempel");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Sida 1 av 1");
            paragraph(document, "Protokoll från Exempelnämnden");
            paragraph(document, "Närvarande");
            XWPFTable table = document.createTable(3, 3);
            String[][] cells = {
                    {"Namn", "Titel", "Organisation"},
                    {"Anna Andersson", "Enhetschef", "Exempelby kommun"},
                    {"Bertil Berg", "Socialchef", "Region Exempel"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            XWPFParagraph struckCell = table.getRow(2).getCell(0).getParagraphs().getFirst();
            struckCell.getRuns().getFirst().setStrikeThrough(true);
            XWPFParagraph absent = document.createParagraph();
            absent.createRun().setText("Frånvarande: Cecilia Ceder, Exempelby kommun");
            document.createParagraph();
            paragraph(document, "§ 1 Mötets öppnande");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setText(text);
    }

    /** A minimal ODT written by hand: mimetype (stored, first), manifest, content and styles with a page header. */
    static byte[] odt() throws IOException {
        String office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.3\"";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content " + office + "><office:body><office:text>"
                + "<text:h text:outline-level=\"1\">Minnesanteckningar Exempelgruppen</text:h>"
                + "<text:p>Tid: 3 oktober 2025 kl. 13.00</text:p>"
                + "<table:table table:name=\"Deltagare\"><table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-row><table:table-cell><text:p>Anna Andersson</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Exempelby kommun</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>Bertil Berg</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Region Exempel</text:p></table:table-cell></table:table-row>"
                + "</table:table>"
                + "<text:p/>"
                + "<text:p>1. Inledning</text:p>"
                + "</office:text></office:body></office:document-content>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-styles " + office + "><office:master-styles>"
                + "<style:master-page style:name=\"Standard\"><style:header><text:p>Sekreterare Eva Exempel</text:p></style:header>"
                + "</style:master-page></office:master-styles></office:document-styles>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", manifest);
            put(zip, "content.xml", content);
            put(zip, "styles.xml", styles);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
