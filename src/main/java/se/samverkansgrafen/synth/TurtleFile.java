package se.samverkansgrafen.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;

/**
 * One Turtle file written as a stream (Jena's block writer: consecutive triples of one
 * subject share a block), so no file is ever held as a graph. The output depends only on
 * the order of the calls, which makes it byte-identical for the same input.
 */
final class TurtleFile implements AutoCloseable {

    private final OutputStream bytes;
    private final StreamRDF stream;
    private long triples;

    TurtleFile(Path file, String header) {
        try {
            Files.createDirectories(file.getParent());
            this.bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            for (String line : header.split("\n")) {
                bytes.write(("# " + line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            bytes.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        this.stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        for (String[] prefix : Iris.PREFIXES) {
            stream.prefix(prefix[0], prefix[1]);
        }
    }

    long triples() {
        return triples;
    }

    /** Starts the statements about {@code subject}. */
    Subject about(Node subject) {
        return new Subject(subject);
    }

    @Override
    public void close() {
        stream.finish();
        try {
            bytes.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statements about one subject; each method writes one triple. */
    final class Subject {

        private final Node subject;

        private Subject(Node subject) {
            this.subject = subject;
        }

        Subject add(Node predicate, Node object) {
            stream.triple(Triple.create(subject, predicate, object));
            triples++;
            return this;
        }

        Subject a(Node type) {
            return add(RDF.type.asNode(), type);
        }

        Subject sg(String property, Node object) {
            return add(Iris.sg(property), object);
        }

        Subject text(Node predicate, String value) {
            return add(predicate, NodeFactory.createLiteralString(value));
        }

        Subject sv(Node predicate, String value) {
            return add(predicate, NodeFactory.createLiteralLang(value, "sv"));
        }

        Subject date(Node predicate, LocalDate value) {
            return add(predicate, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }

        Subject month(Node predicate, YearMonth value) {
            return add(predicate, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDgYearMonth));
        }

        Subject integer(Node predicate, long value) {
            return add(predicate, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
        }

        Subject bool(Node predicate, boolean value) {
            return add(predicate, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
        }
    }
}
