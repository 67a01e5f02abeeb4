package org.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.extract.ProposalKinds;

/** The proposal kinds of {@code proposals.tsv} as a SKOS concept scheme, so that proposals link to something. */
public final class LexiconGraph {
    private LexiconGraph() {}

    public static Graph build(ProposalKinds kinds) {
        Graph g = GraphFactory.createDefaultGraph();
        Node scheme = NodeFactory.createURI(Iris.ID + "proposal-kind");
        g.add(scheme, RDF.type.asNode(), Vocab.skos("ConceptScheme"));
        g.add(scheme, RDFS.label.asNode(), NodeFactory.createLiteralLang("Proposal kinds", "en"));
        for (ProposalKinds.Kind k : kinds.kinds()) {
            Node c = Iris.entity("proposal-kind", k.slug());
            g.add(c, RDF.type.asNode(), Vocab.p("ProposalKind"));
            g.add(c, RDF.type.asNode(), Vocab.skos("Concept"));
            g.add(c, Vocab.skos("inScheme"), scheme);
            g.add(c, Vocab.skos("prefLabel"), NodeFactory.createLiteralLang(k.label(), "en"));
            g.add(c, RDFS.label.asNode(), NodeFactory.createLiteralLang(k.label(), "en"));
            for (var cue : k.cues()) g.add(c, Vocab.skos("hiddenLabel"), NodeFactory.createLiteralLang(cue.text(), "en"));
        }
        return g;
    }
}
