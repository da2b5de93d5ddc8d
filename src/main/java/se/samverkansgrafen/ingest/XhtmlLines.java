package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika's parsers emit into lines: a paragraph, heading or list item
 * is a line, a line break starts a new one, and a table row is one line with its cells
 * separated by tabs. Text inside {@code <s>} or {@code <del>} (struck-through formatting)
 * is recorded as struck. Only the body counts; embedded documents are not read.
 */
final class XhtmlLines extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "pre", "blockquote", "div", "caption", "title");
    private static final Set<String> STRUCK = Set.of("s", "strike", "del");

    /** A piece of a line's text, struck through or not. */
    private record Piece(String text, boolean struck, boolean cellBreak) {
    }

    private final long maxCharacters;
    private final List<String> texts = new ArrayList<>();
    private final List<List<String>> struckParts = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private long characters;
    private int bodyDepth;
    private int tableDepth;
    private int struckDepth;
    private int embeddedDepth;
    private boolean cellStarted;

    XhtmlLines(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    /** The lines found, in order, as text and the struck parts of each. */
    List<String> texts() {
        return texts;
    }

    List<List<String>> struckParts() {
        return struckParts;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            bodyDepth++;
        } else if (bodyDepth == 0) {
            return;
        }
        String className = attributes.getValue("class");
        if (embeddedDepth > 0 || (name.equals("div") && "embedded".equals(className))) {
            embeddedDepth++;
            return;
        }
        if (STRUCK.contains(name)) {
            struckDepth++;
        } else if (name.equals("table")) {
            if (tableDepth == 0) {
                endLine();
            }
            tableDepth++;
        } else if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
            if (cellStarted) {
                pieces.add(new Piece("\t", false, true));
            }
            cellStarted = true;
        } else if (tableDepth == 1 && name.equals("tr")) {
            endLine();
        } else if (name.equals("br")) {
            breakLine();
        } else if (BLOCKS.contains(name)) {
            breakLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (bodyDepth == 0) {
            return;
        }
        if (embeddedDepth > 0) {
            embeddedDepth--;
            return;
        }
        if (name.equals("body")) {
            endLine();
            bodyDepth--;
        } else if (STRUCK.contains(name)) {
            struckDepth = Math.max(0, struckDepth - 1);
        } else if (name.equals("table")) {
            tableDepth--;
            if (tableDepth == 0) {
                endLine();
            }
        } else if (tableDepth == 1 && name.equals("tr")) {
            endLine();
        } else if (BLOCKS.contains(name)) {
            breakLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0 || embeddedDepth > 0) {
            return;
        }
        characters += length;
        if (characters > maxCharacters) {
            throw new WriteLimitReachedException((int) Math.min(Integer.MAX_VALUE, maxCharacters));
        }
        String text = new String(ch, start, length);
        String[] parts = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                breakLine();
            }
            if (!parts[i].isEmpty()) {
                pieces.add(new Piece(parts[i].replace('\t', ' '), struckDepth > 0, false));
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika's layout whitespace between block elements carries no text.
    }

    /** A paragraph or line break: a new line, except inside a table cell, where it is a space. */
    private void breakLine() {
        if (tableDepth > 0) {
            if (!pieces.isEmpty() && !pieces.getLast().cellBreak()) {
                pieces.add(new Piece(" ", false, false));
            }
        } else {
            endLine();
        }
    }

    private void endLine() {
        cellStarted = false;
        StringBuilder text = new StringBuilder();
        List<String> struck = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Piece piece : pieces) {
            String normalized = piece.cellBreak() ? "\t" : piece.text().replaceAll("[\\s\\u00A0]+", " ");
            if (text.isEmpty() || text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\t') {
                normalized = piece.cellBreak() ? normalized : normalized.stripLeading();
            }
            if (piece.cellBreak() && !text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            text.append(normalized);
            if (piece.struck()) {
                run.append(normalized);
            } else if (piece.cellBreak() || !normalized.isBlank()) {
                addRun(run, struck);
            } else {
                run.append(normalized);
            }
        }
        addRun(run, struck);
        String line = text.toString().replaceAll("^ +| +$", "");
        if (!line.isEmpty() && !line.replace("\t", "").isBlank()) {
            texts.add(line);
            struckParts.add(struck.stream().filter(line::contains).toList());
        }
        pieces.clear();
    }

    private static void addRun(StringBuilder run, List<String> struck) {
        String part = run.toString().strip();
        while (!part.isEmpty() && ",;:.".indexOf(part.charAt(part.length() - 1)) >= 0) {
            part = part.substring(0, part.length() - 1).strip();
        }
        if (!part.isEmpty()) {
            struck.add(part);
        }
        run.setLength(0);
    }
}
