package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.xml.sax.SAXException;

import se.samverkansgrafen.ingest.MinutesText.Line;
import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

/**
 * Reads DOCX and ODT through Tika's parsers: the body's paragraphs and table rows as
 * lines, without the page headers and footers (which these formats keep apart from the
 * body) and without deleted (tracked) text. Struck-through formatting in a DOCX is kept
 * as struck parts.
 */
final class OfficeReader {

    static {
        // POI's zip-bomb guard for OOXML: refuse parts that inflate more than 100-fold or past 200 MB.
        ZipSecureFile.setMinInflateRatio(1.0 / ZipSafety.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    enum Format {
        DOCX, ODT
    }

    private OfficeReader() {
    }

    static ReadText read(String fileName, byte[] content, Format format, long maxCharacters, long maxExpandedBytes) {
        ZipSafety.check(fileName, content, maxExpandedBytes);
        Parser parser = format == Format.DOCX ? new OOXMLParser() : OdfBodyOnly.parser();
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setExtractMacros(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        XhtmlLines handler = new XhtmlLines(maxCharacters);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableMinutesException(fileName, Reason.ENCRYPTED,
                    "the document is protected with a password; give an unprotected copy", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableMinutesException(fileName, Reason.TOO_MUCH_TEXT,
                        "the document's text exceeds " + maxCharacters + " characters", e);
            }
            throw new UnreadableMinutesException(fileName, Reason.CORRUPT,
                    "the " + format + " document is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < handler.texts().size(); i++) {
            lines.add(new Line(i + 1, 1, handler.texts().get(i), handler.struckParts().get(i)));
        }
        return new ReadText(1, false, lines);
    }
}
