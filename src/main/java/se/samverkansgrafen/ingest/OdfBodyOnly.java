package se.samverkansgrafen.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's ODF content parser, minus styles.xml: Tika reads the page headers and footers kept
 * there (a secretary's name on every page) into the body text, where they would read as
 * content. The part is told apart by its root element, office:document-styles.
 */
final class OdfBodyOnly implements Parser {

    private static final int PEEK = 4096;
    private static final Pattern STYLES_ROOT = Pattern.compile("<([\\w.-]+:)?document-styles[\\s>/]");

    private final Parser content;

    private OdfBodyOnly(Parser content) {
        this.content = content;
    }

    static OpenDocumentParser parser() {
        OpenDocumentParser parser = new OpenDocumentParser();
        parser.setContentParser(new OdfBodyOnly(parser.getContentParser()));
        return parser;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return content.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        BufferedInputStream part = new BufferedInputStream(stream, PEEK);
        part.mark(PEEK);
        String start = new String(part.readNBytes(PEEK), StandardCharsets.UTF_8);
        part.reset();
        if (STYLES_ROOT.matcher(start).find()) {
            return;
        }
        content.parse(part, handler, metadata, context);
    }
}
