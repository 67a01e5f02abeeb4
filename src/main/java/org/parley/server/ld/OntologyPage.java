package org.parley.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.parley.rdf.Prefixes;
import org.parley.rdf.Vocab;

/**
 * The ontology as an HTML reference, generated from the ontology graph: classes, properties with
 * domains and ranges, individuals, each with its comment and notes, each at {@code /ontology#Term}
 * so that the hash IRIs {@code parley:Term} land on their entry.
 */
final class OntologyPage {
    private static final Node NOTE = Vocab.skos("note");
    private final Graph g;
    private final String base;

    OntologyPage(Graph g, String base) {
        this.g = g;
        this.base = base;
    }

    byte[] render() {
        Node ont = Labels.uri(Vocab.ONTOLOGY_IRI);
        String title = first(ont, DCTerms.title.asNode()).orElse("Parley ontology");
        List<Node> classes = terms(OWL.Class.asNode());
        List<Node> objectProps = terms(OWL.ObjectProperty.asNode());
        List<Node> dataProps = terms(OWL.DatatypeProperty.asNode());
        List<Node> individuals = terms(OWL.NamedIndividual.asNode());
        Html h = new Html();
        h.raw("<article class=\"ontology\">\n").el("h1", title);
        h.raw("<p class=\"iri\">Namespace <code>").text(Vocab.PARLEY).raw("</code> · prefix <code>parley:</code>");
        first(ont, OWL.versionInfo.asNode()).ifPresent(v -> h.text(" · version " + v));
        h.raw("</p>\n");
        first(ont, DCTerms.description.asNode()).ifPresent(d -> h.el("p", d));
        h.raw("<nav class=\"toc\" aria-label=\"Contents\"><ul>")
         .raw("<li><a href=\"#classes\">Classes (" + classes.size() + ")</a></li>")
         .raw("<li><a href=\"#object-properties\">Object properties (" + objectProps.size() + ")</a></li>")
         .raw("<li><a href=\"#datatype-properties\">Datatype properties (" + dataProps.size() + ")</a></li>")
         .raw("<li><a href=\"#individuals\">Individuals (" + individuals.size() + ")</a></li>")
         .raw("</ul></nav>\n");
        section(h, "classes", "Classes", classes);
        section(h, "object-properties", "Object properties", objectProps);
        section(h, "datatype-properties", "Datatype properties", dataProps);
        section(h, "individuals", "Individuals", individuals);
        h.raw("<section class=\"data\">\n<h2>Data</h2>\n<p>The ontology as ");
        String sep = "";
        for (Format f : ResourceServlet.TRIPLE_FORMATS) {
            if (!f.isRdf()) continue;
            h.text(sep).a(base + "/ontology." + f.name, ResourcePage.formatName(f));
            sep = " · ";
        }
        h.raw(".</p>\n</section>\n</article>");
        return Page.render(title, base, "", h.toString());
    }

    private void section(Html h, String id, String heading, List<Node> terms) {
        h.raw("<section id=\"" + id + "\">\n").el("h2", heading).raw("\n");
        for (Node t : terms) entry(h, t);
        h.raw("</section>\n");
    }

    private void entry(Html h, Node t) {
        String local = t.getURI().substring(Vocab.PARLEY.length());
        h.raw("<section class=\"term\" id=\"").text(local).raw("\">\n<h3>").text(label(t))
         .raw(" <code>parley:").text(local).raw("</code></h3>\n");
        first(t, RDFS.comment.asNode()).ifPresent(c -> h.el("p", c));
        h.raw("<dl>\n");
        row(h, "Type", objects(t, RDF.type.asNode()).stream().filter(o -> !o.equals(OWL.NamedIndividual.asNode())).toList());
        row(h, "Subclass of", objects(t, RDFS.subClassOf.asNode()));
        row(h, "Superclass of", subjects(RDFS.subClassOf.asNode(), t));
        row(h, "Disjoint with", objects(t, OWL.disjointWith.asNode()));
        row(h, "Subproperty of", objects(t, RDFS.subPropertyOf.asNode()));
        row(h, "Domain", objects(t, RDFS.domain.asNode()));
        row(h, "Range", objects(t, RDFS.range.asNode()));
        row(h, "Used as domain of", subjects(RDFS.domain.asNode(), t));
        row(h, "Used as range of", subjects(RDFS.range.asNode(), t));
        row(h, "Instances", subjects(RDF.type.asNode(), t));
        row(h, "Equivalent to", objects(t, OWL.equivalentClass.asNode()));
        row(h, "See also", objects(t, RDFS.seeAlso.asNode()));
        for (Node n : objects(t, NOTE)) h.raw("<dt>Note</dt><dd>").text(n.getLiteralLexicalForm()).raw("</dd>\n");
        h.raw("</dl>\n</section>\n");
    }

    private void row(Html h, String name, List<Node> values) {
        if (values.isEmpty()) return;
        h.raw("<dt>").text(name).raw("</dt><dd>");
        String sep = "";
        for (Node v : values) {
            h.text(sep).raw(describe(v));
            sep = ", ";
        }
        h.raw("</dd>\n");
    }

    /** A term as a link, or a class expression such as owl:unionOf ( A B ) as "A or B". */
    private String describe(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            String text = iri.startsWith(Vocab.PARLEY) ? label(n) : abbreviate(iri);
            return Html.link(IriMapper.link(iri, base), text);
        }
        if (n.isBlank()) {
            List<Node> union = objects(n, OWL.unionOf.asNode());
            if (!union.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (Node item : list(union.get(0))) parts.add(describe(item));
                return String.join(" or ", parts);
            }
            return "(class expression)";
        }
        return Html.esc(n.getLiteralLexicalForm());
    }

    private List<Node> list(Node head) {
        List<Node> out = new ArrayList<>();
        for (Node n = head; n != null && !n.equals(RDF.nil.asNode()) && out.size() < 100; ) {
            out.addAll(objects(n, RDF.first.asNode()));
            List<Node> rest = objects(n, RDF.rest.asNode());
            n = rest.isEmpty() ? null : rest.get(0);
        }
        return out;
    }

    /** The Parley terms of one OWL kind, ordered by label. */
    private List<Node> terms(Node kind) {
        Map<String, Node> byLabel = new TreeMap<>(NaturalOrder.INSTANCE);
        g.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Vocab.PARLEY)) byLabel.put(label(s) + "\u0000" + s.getURI(), s);
        });
        return List.copyOf(byLabel.values());
    }

    private String label(Node n) {
        return first(n, RDFS.label.asNode()).orElse(n.getURI().substring(n.getURI().lastIndexOf('#') + 1));
    }

    private java.util.Optional<String> first(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(t -> t.getSubject()).toList().stream()
                .filter(Node::isURI).sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** Prefixes of the vocabularies the ontology aligns with, beyond those Parley writes data with. */
    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.standard());
    static {
        PREFIXES.add("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.add("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        PREFIXES.add("org", "http://www.w3.org/ns/org#");
        PREFIXES.add("dcterms", "http://purl.org/dc/terms/");
        PREFIXES.add("time", "http://www.w3.org/2006/time#");
    }

    private static String abbreviate(String iri) {
        String a = PREFIXES.abbreviate(iri);
        return a != null ? a : iri;
    }
}
