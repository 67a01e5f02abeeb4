package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ValidationReport;
import org.parley.rdf.Pipeline;
import org.parley.rdf.RdfFiles;
import org.parley.store.DefaultData;
import org.parley.store.ParleyStore;
import org.parley.store.Validation;
import org.parley.text.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check data against the SHACL shapes in ontology/shapes.ttl and print a readable report.",
        "Without FILE, checks the whole store; with FILE (RDF, or an article to extract), checks it with the ontology and reference data.",
        "Exit status 0 only when the data conforms."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand Parley parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date, when FILE is an article.")
    String published;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Config cfg = parent.config();
        Graph shapes = DefaultData.parse(List.of(cfg.ontology().resolve("shapes.ttl")));
        ValidationReport report;
        if (file == null) {
            try (ParleyStore store = ParleyStore.open(cfg.store())) {
                report = store.datasetGraph().calculateRead(() -> Validation.validate(shapes, store.datasetGraph().getUnionGraph()));
            }
        } else {
            Graph data = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            Pipeline pipeline = new Pipeline(cfg.data());
            if (RdfFiles.langOf(file) != null) {
                RdfFiles.read(file, null).values().forEach(g -> g.find().forEach(data::add));
            } else {
                pipeline.run(ArticleReader.read(file, published, null)).graph().find().forEach(data::add);
            }
            // Checked with what the store would hold beside it: ontology, reference data, proposal kinds.
            Graph context = new DefaultData(cfg.ontology(), cfg.data(), List.of()).staticGraphs().values().stream()
                    .reduce(new Union(data, pipeline.lexiconGraph()), Union::new);
            report = Validation.validate(shapes, context);
        }
        out.print(Validation.describe(report));
        out.flush();
        return report.conforms() ? 0 : Parley.FAILED_CHECK;
    }
}
