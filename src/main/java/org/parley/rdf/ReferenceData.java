package org.parley.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.text.InputException;

/** The reference data: every {@code .ttl} file of a folder, in one graph. */
public final class ReferenceData {
    private ReferenceData() {}

    public static Graph read(Path dir) {
        Graph g = GraphFactory.createDefaultGraph();
        if (!Files.isDirectory(dir)) throw new InputException(dir + ": no reference data folder");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                try {
                    RDFParser.source(f).parse(g);
                } catch (RiotException e) {
                    throw new InputException(f + ": RDF syntax error: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
        return g;
    }
}
