package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/** The ontology parses, is consistent, and defines every term of the vocabulary contract. */
class TestOntology {
    static final Model onto = RDFDataMgr.loadModel(Fixtures.HOME.resolve("ontology/parley.ttl").toString());

    @Test
    void everyContractTermIsDefinedWithLabelAndComment() throws Exception {
        String contract = Files.readString(Fixtures.HOME.resolve("docs/vocabulary-contract.md"));
        Matcher m = Pattern.compile("`parley:([A-Za-z]+)`").matcher(contract);
        int n = 0;
        while (m.find()) {
            Resource r = onto.createResource(Vocab.PARLEY + m.group(1));
            assertTrue(onto.contains(r, RDFS.label), "no label: " + r);
            assertTrue(onto.contains(r, RDFS.comment), "no comment: " + r);
            n++;
        }
        assertTrue(n > 40, "the contract lists more than 40 terms, found " + n);
    }

    @Test
    void ontologyIsConsistent() {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), onto);
        ValidityReport report = inf.validate();
        assertTrue(report.isValid(), () -> {
            StringBuilder sb = new StringBuilder();
            report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
            return sb.toString();
        });
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Fixtures.HOME.resolve("ontology/shapes.ttl").toString()));
        assertTrue(shapes.numRootShapes() >= 8, "shapes: " + shapes.numRootShapes());
    }

    @Test
    void classesAndPropertiesAlignWithStandardVocabularies() {
        List<String> standard = List.of("http://www.w3.org/ns/prov#", "https://schema.org/", "http://www.w3.org/ns/org#",
                "http://semanticweb.cs.vu.nl/2009/11/sem/");
        for (String ns : standard) {
            boolean used = onto.listStatements().toList().stream()
                    .anyMatch(s -> (s.getPredicate().equals(RDFS.subClassOf) || s.getPredicate().equals(RDFS.subPropertyOf))
                            && s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(ns));
            assertTrue(used, "no alignment to " + ns);
        }
    }
}
