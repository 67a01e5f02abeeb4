package org.parley.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.Iris;
import org.parley.rdf.Pipeline;
import org.parley.text.Article;
import org.parley.text.ArticleReader;

/**
 * The data a new store starts with: the ontology, the SHACL shapes, the reference data under
 * {@code data/reference/}, and the default articles. All of it is read and built first, then
 * written in one transaction.
 */
public final class DefaultData {
    private final Path ontologyDir;
    private final Path dataDir;
    private final List<Path> articles;

    public DefaultData(Path ontologyDir, Path dataDir, List<Path> articles) {
        this.ontologyDir = ontologyDir;
        this.dataDir = dataDir;
        this.articles = List.copyOf(articles);
    }

    /** The static graphs: ontology, shapes, reference data. */
    public Map<Node, Graph> staticGraphs() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Iris.ontologyGraph(), parse(List.of(ontologyDir.resolve("parley.ttl"))));
        graphs.put(Iris.shapesGraph(), parse(List.of(ontologyDir.resolve("shapes.ttl"))));
        graphs.put(Iris.referenceGraph(), org.parley.rdf.ReferenceData.read(dataDir.resolve("reference")));
        return graphs;
    }

    /** Loads everything into the store, replacing what graphs of the same names held. */
    public void load(ParleyStore store, Pipeline pipeline, PrintStream progress) {
        Map<Node, Graph> graphs = staticGraphs();
        graphs.put(Iris.lexiconGraph(), pipeline.lexiconGraph());
        for (Path file : articles) {
            Article a = ArticleReader.read(file, null, null);
            Pipeline.Result r = pipeline.run(a);
            progress.printf("  article %s: %d sentences, %d facts%n", a.id(), r.document().sentences().size(), r.factCount());
            graphs.put(Iris.articleGraph(a.id()), r.graph());
        }
        store.replaceGraphs(graphs);
    }

    public static Graph parse(List<Path> files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) RDFParser.source(f).parse(g);
        return g;
    }
}
