package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.parley.rdf.Iris;
import org.parley.rdf.Pipeline;
import org.parley.rdf.Prefixes;
import org.parley.text.Article;
import org.parley.text.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print an article's graph as TriG on standard output; the store is not touched.")
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand Parley parent;

    @Parameters(paramLabel = "FILE", description = "The article text file.")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date (else from FILE's .properties sidecar).")
    String published;

    @Option(names = "--title", description = "Headline of the article.")
    String title;

    @Override
    public Integer call() {
        Article a = ArticleReader.read(file, published, title);
        Pipeline.Result r = new Pipeline(parent.config().data()).run(a);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(Iris.articleGraph(a.id()), r.graph());
        dsg.prefixes().putAll(Prefixes.standard());
        RDFWriter.source(dsg).lang(Lang.TRIG).output(System.out);
        System.err.printf("%s: %d sentences, %d facts%s%n", a.id(), r.document().sentences().size(), r.factCount(),
                r.factCount() == 0 ? " (no known entity or fact found: text layer only)" : "");
        return 0;
    }
}
