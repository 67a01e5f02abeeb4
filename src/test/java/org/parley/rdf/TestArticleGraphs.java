package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Fixtures;
import org.parley.store.DefaultData;
import org.parley.store.Validation;
import org.parley.text.ArticleReader;

/** Every article we ship extracts to a graph that conforms to the shapes and carries provenance on every fact. */
class TestArticleGraphs {
    static final Graph shapes = DefaultData.parse(List.of(Fixtures.HOME.resolve("ontology/shapes.ttl")));
    static final Graph context = new Union(new Union(DefaultData.parse(List.of(Fixtures.HOME.resolve("ontology/parley.ttl"))),
            ReferenceData.read(Fixtures.HOME.resolve("data/reference"))), Fixtures.pipeline().lexiconGraph());

    static Stream<Path> articles() throws IOException {
        return Files.list(Fixtures.HOME.resolve("data/articles")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void articleGraphConformsAndEveryFactHasProvenance(Path file) {
        Graph g = Fixtures.pipeline().run(ArticleReader.read(file, null, null)).graph();
        ValidationReport report = Validation.validate(shapes, new Union(g, context));
        assertTrue(report.conforms(), file + "\n" + Validation.describe(report));
        for (String type : List.of("Meeting", "SecurityGuarantee", "TerritorialClaim", "Quote", "Stance")) {
            for (Node fact : g.find(Node.ANY, RDF.type.asNode(), Vocab.p(type)).mapWith(t -> t.getSubject()).toList()) {
                assertTrue(g.contains(fact, Vocab.prov("wasDerivedFrom"), Node.ANY), "no provenance: " + fact);
            }
        }
    }
}
