package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.parley.rdf.Iris;
import org.parley.rdf.Pipeline;
import org.parley.rdf.RdfFiles;
import org.parley.store.ParleyStore;
import org.parley.text.Article;
import org.parley.text.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true, description = {
        "Add or replace articles (plain UTF-8 text, one paragraph a line) or RDF files in the store.",
        "Every file is read and checked first; if any is bad, nothing is written."})
final class LoadCommand implements Callable<Integer> {
    @ParentCommand Parley parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files (.txt) or RDF files (.ttl .nt .nq .trig .jsonld .rdf).")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the articles (else from FILE's .properties sidecar).")
    String published;

    @Option(names = "--title", description = "Headline of the article.")
    String title;

    @Option(names = "--graph", paramLabel = "IRI", description = "Named graph for the triples of an RDF file (default: " + Iris.GRAPH + "file/NAME).")
    String graph;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Pipeline pipeline = null;
        for (Path f : files) {
            if (RdfFiles.langOf(f) != null) {
                Map<Node, Graph> g = RdfFiles.read(f, graph == null ? null : NodeFactory.createURI(graph));
                g.forEach((name, content) -> out.printf("%s: %d triples into <%s>%n", f, content.size(), name.getURI()));
                // Several files into one --graph add up; they do not replace each other.
                g.forEach((name, content) -> graphs.merge(name, content, (x, y) -> { y.find().forEach(x::add); return x; }));
            } else {
                Article a = ArticleReader.read(f, published, title);
                if (pipeline == null) pipeline = new Pipeline(parent.config().data());
                Pipeline.Result r = pipeline.run(a);
                out.printf("%s: article %s, %d sentences, %d facts%s%n", f, a.id(), r.document().sentences().size(), r.factCount(),
                        r.factCount() == 0 ? " (no known entity or fact found: text layer only)" : "");
                graphs.put(Iris.articleGraph(a.id()), r.graph());
            }
            out.flush();
        }
        try (ParleyStore store = ParleyStore.open(parent.config().store())) {
            store.replaceGraphs(graphs);
            out.printf("Stored %d graph(s); the store holds %d triples.%n", graphs.size(), store.size());
        }
        return 0;
    }
}
