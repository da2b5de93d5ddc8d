package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

class MinutesReaderRefusalTest {

    private final MinutesReader reader = new MinutesReader();

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(reader, "tom.pdf", new byte[0], Reason.EMPTY, "tom.pdf: the file is empty");
        assertRefused(reader, "blank.txt", "  \n\n \t\n".getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "contains no text");
    }

    @Test
    void aPdfWithoutPagesOrTextIsEmpty() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            assertRefused(reader, "blank.pdf", save(document), Reason.EMPTY, "the PDF contains no text");
        }
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        try (TestPdf pdf = new TestPdf().page().line("Protokoll")) {
            PDDocument document = pdf.document();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            assertRefused(reader, "skyddad.pdf", save(document), Reason.ENCRYPTED, "encrypted with a password");
        }
    }

    @Test
    void aPasswordProtectedDocxIsRefused() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Protokoll");
            document.write(docx);
        }
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("hemligt");
        ByteArrayOutputStream protectedDocx = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(docx.toByteArray());
            }
            container.writeFilesystem(protectedDocx);
        }
        assertRefused(reader, "skyddad.docx", protectedDocx.toByteArray(), Reason.ENCRYPTED, "protected with a password");
    }

    @Test
    void aScannedPdfWithoutATextLayerNeedsOcr() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
            UnreadableMinutesException refused = assertRefused(reader, "skanning.pdf", save(document), Reason.NEEDS_OCR, "needs OCR");
            assertThat(refused.getMessage()).contains("no text layer");
        }
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] pdf = new TestPdf().page().line("Protokoll").bytes();
        byte[] damaged = Arrays.copyOf(pdf, 40);
        assertRefused(reader, "trasig.pdf", damaged, Reason.CORRUPT, "damaged");
    }

    @Test
    void aTruncatedDocxIsRefusedAsCorrupt() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Protokoll från Exempelnämnden");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        UnreadableMinutesException refused = assertRefused(reader, "trasig.docx", truncated, Reason.CORRUPT, "damaged");
        assertThat(refused.fileName()).isEqualTo("trasig.docx");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
        MinutesReader small = new MinutesReader(1024, MinutesReader.DEFAULT_MAX_CHARACTERS);
        byte[] text = "Närvarande: Anna Andersson\n".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertRefused(small, "stor.txt", text, Reason.TOO_LARGE, "larger than the limit of 1024 bytes");
        UnreadableMinutesException streamed = catchThrowableOfType(UnreadableMinutesException.class,
                () -> small.read("stor.txt", new ByteArrayInputStream(text)));
        assertThat(streamed.reason()).isEqualTo(Reason.TOO_LARGE);
        Path file = Files.write(dir.resolve("stor.txt"), text);
        UnreadableMinutesException fromPath = catchThrowableOfType(UnreadableMinutesException.class, () -> small.read(file));
        assertThat(fromPath.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(fromPath.getMessage()).startsWith("stor.txt: ").doesNotContain(dir.toString());

        assertThat(small.read("liten.txt", Arrays.copyOf(text, 1000)).lines()).isNotEmpty();
    }

    @Test
    void textBeyondTheCharacterLimitIsRefused() {
        MinutesReader brief = new MinutesReader(MinutesReader.DEFAULT_MAX_BYTES, 100);
        byte[] pdf = new TestPdf().page().line("Närvarande: Anna Andersson, Bertil Berg, Cecilia Ceder")
                .line("Frånvarande: David Dahl, Eva Ek, Fredrik Fors, Gun Gran, Hans Holm").bytes();
        assertRefused(brief, "lang.pdf", pdf, Reason.TOO_MUCH_TEXT, "exceeds 100 characters");
        assertRefused(brief, "lang.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8), Reason.TOO_MUCH_TEXT, "exceeds");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[8 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertRefused(reader, "bomb.docx", out.toByteArray(), Reason.TOO_LARGE, "zip bomb");
    }

    @Test
    void imagesArchivesAndBinariesAreUnsupported() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        assertRefused(reader, "skanning.png", png.toByteArray(), Reason.UNSUPPORTED_TYPE, "image/png");
        assertRefused(reader, "protokoll.pdf", png.toByteArray(), Reason.UNSUPPORTED_TYPE, "run OCR");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(zip)) {
            archive.putNextEntry(new ZipEntry("protokoll.txt"));
            archive.write("Protokoll".getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
        assertRefused(reader, "protokoll.docx", zip.toByteArray(), Reason.UNSUPPORTED_TYPE, "ZIP archive");

        byte[] binary = new byte[4096];
        new Random(9).nextBytes(binary);
        assertRefused(reader, "protokoll.txt", binary, Reason.UNSUPPORTED_TYPE, "only PDF, DOCX, ODT and plain text");
    }

    private static UnreadableMinutesException assertRefused(MinutesReader reader, String name, byte[] content,
            Reason reason, String messagePart) {
        UnreadableMinutesException refused = catchThrowableOfType(UnreadableMinutesException.class, () -> reader.read(name, content));
        assertThat(refused).as("refusal of %s", name).isNotNull();
        assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason);
        assertThat(refused.getMessage()).startsWith(name + ": ").contains(messagePart);
        return refused;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
