package org.parley.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.text.ArticleReader;
import org.parley.text.InputException;

/**
 * Reads RDF files fully into memory before anything touches the store, so a syntax error
 * changes nothing. Triples go into one named graph; quads keep their graphs, and their
 * default-graph part goes into the file's graph.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** The RDF syntax of a file name, or null when it is not an RDF file. */
    public static Lang langOf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && RDFLanguages.isTriples(lang) || lang != null && RDFLanguages.isQuads(lang) ? lang : null;
    }

    /** Reads {@code file}; {@code graph} names the graph for its triples (null: a name from the file name). */
    public static Map<Node, Graph> read(Path file, Node graph) {
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        Lang lang = langOf(file);
        if (lang == null) throw new InputException(file + ": unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)");
        try {
            if (Files.size(file) > 256L << 20) throw new InputException(file + ": over the 256 MiB limit for one RDF file");
        } catch (java.io.IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        Node target = graph != null ? graph : Iris.fileGraph(ArticleReader.idOf(file.getFileName().toString()));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            // The error goes to the user once, in our message; RIOT need not log it too.
            RDFParser.source(file).lang(lang).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(dsg);
        } catch (RiotException e) {
            throw new InputException(file + ": RDF syntax error: " + e.getMessage(), e);
        }
        Map<Node, Graph> out = new LinkedHashMap<>();
        if (!dsg.getDefaultGraph().isEmpty()) out.put(target, copy(dsg.getDefaultGraph()));
        dsg.listGraphNodes().forEachRemaining(n -> out.put(n, copy(dsg.getGraph(n))));
        if (out.isEmpty()) throw new InputException(file + ": no triples in the file");
        return out;
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }
}
