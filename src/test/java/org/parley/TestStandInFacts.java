package org.parley;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.Validation;

/** The stand-in facts must be what the extractor is contracted to produce: they conform to the shapes. */
class TestStandInFacts {
    @TempDir Path tmp;

    @Test
    void standInFactsConformToTheShapes() {
        try (ParleyStore store = Fixtures.storeWithDefaults(tmp.resolve("tdb2"))) {
            StandInFacts.addIfNoFacts(store);
            DatasetGraph dsg = store.datasetGraph();
            Graph union = GraphFactory.createDefaultGraph();
            Graph shapes = GraphFactory.createDefaultGraph();
            dsg.executeRead(() -> dsg.find().forEachRemaining(q -> (q.getGraph().equals(Iris.shapesGraph()) ? shapes : union).add(q.asTriple())));
            // The proposal-kind concepts live in the lexicon graph, which the default data does not load yet.
            DatasetGraph stand = DatasetGraphFactory.create();
            RDFDataMgr.read(stand, StandInFacts.FILE.toString());
            stand.find().forEachRemaining(q -> {
                if (q.getPredicate().equals(org.parley.rdf.Vocab.p("proposalKind"))) {
                    union.add(q.getObject(), org.apache.jena.vocabulary.RDF.type.asNode(), org.parley.rdf.Vocab.p("ProposalKind"));
                }
            });
            ValidationReport report = Validation.validate(shapes, union);
            assertTrue(report.conforms(), Validation.describe(report));
            assertTrue(StandInFacts.hasFacts(dsg));
        }
    }

}
