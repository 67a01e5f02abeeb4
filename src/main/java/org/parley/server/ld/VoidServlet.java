package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.parley.rdf.Iris;

/** The VoID description of the dataset at {@code /.well-known/void} (VoID §7), built from the store's current counts. */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";
    static final Node LICENSE = NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0");
    private static final Node FOAF_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final Node FOAF_HOMEPAGE = NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage");

    private final Site site;
    private final String dataset;

    VoidServlet(Site site, String datasetPath) {
        this.site = site;
        this.dataset = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String base = site.base(req);
        DocumentReply.send(req, resp, describe(base), "VoID description of Parley", base, PATH, false);
    }

    Graph describe(String base) {
        Stats stats = new Stats(site.dsg());
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(base + PATH);
        Node ds = uri(base + PATH + "#parley");
        g.add(doc, RDF.type.asNode(), VOID.DatasetDescription.asNode());
        g.add(doc, DCTerms.title.asNode(), str("VoID description of the Parley dataset"));
        g.add(doc, FOAF_TOPIC, ds);
        g.add(ds, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(ds, DCTerms.title.asNode(), str("Parley"));
        g.add(ds, DCTerms.description.asNode(), str("A knowledge graph of news on war and diplomacy: meetings, security guarantees, "
                + "territorial claims, quotes and stances, each traced to the sentence it was read from."));
        g.add(ds, DCTerms.license.asNode(), LICENSE);
        g.add(ds, FOAF_HOMEPAGE, uri(base + "/"));
        g.add(ds, VOID.sparqlEndpoint.asNode(), uri(base + dataset + "/sparql"));
        g.add(ds, VOID.dataDump.asNode(), uri(base + DumpServlet.PATH));
        g.add(ds, VOID.uriSpace.asNode(), str(Iris.ID));
        g.add(ds, VOID.feature.asNode(), uri("http://www.w3.org/ns/formats/N-Quads"));
        g.add(ds, VOID.feature.asNode(), uri("http://www.w3.org/ns/formats/Turtle"));
        g.add(ds, VOID.feature.asNode(), uri("http://www.w3.org/ns/formats/JSON-LD"));
        g.add(ds, VOID.feature.asNode(), uri("http://www.w3.org/ns/formats/RDF_XML"));
        g.add(ds, VOID.feature.asNode(), uri("http://www.w3.org/ns/formats/N-Triples"));
        Map<String, Long> graphs = stats.graphs();
        g.add(ds, VOID.triples.asNode(), num(graphs.values().stream().mapToLong(Long::longValue).sum()));
        for (String v : stats.vocabularies()) g.add(ds, VOID.vocabulary.asNode(), uri(v));
        List<Stats.Count> classes = stats.classes(false);
        g.add(ds, VOID.classes.asNode(), num(classes.size()));
        for (Stats.Count c : classes) {
            Node part = NodeFactory.createBlankNode();
            g.add(ds, VOID.classPartition.asNode(), part);
            g.add(part, VOID._class.asNode(), uri(c.iri()));
            g.add(part, VOID.entities.asNode(), num(c.n()));
        }
        graphs.forEach((name, n) -> {
            Node sub = NodeFactory.createBlankNode();
            g.add(ds, VOID.subset.asNode(), sub);
            g.add(sub, RDF.type.asNode(), VOID.Dataset.asNode());
            g.add(sub, DCTerms.title.asNode(), str("Named graph " + name));
            g.add(sub, DCTerms.source.asNode(), uri(name));
            g.add(sub, VOID.triples.asNode(), num(n));
            g.add(sub, VOID.dataDump.asNode(), uri(IriMapper.link(name, base) + ".nq"));
        });
        Stats.Article first = stats.articles().stream().findFirst().orElse(null);
        if (first != null) g.add(ds, VOID.exampleResource.asNode(), uri(first.iri()));
        return g;
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
    private static Node str(String s) { return NodeFactory.createLiteralString(s); }
    private static Node num(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
