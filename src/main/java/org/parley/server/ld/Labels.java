package org.parley.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Iris;
import org.parley.rdf.Vocab;

/** What to call a node on a page: its label in the graph at hand, else a name made from its IRI. */
final class Labels {
    static final Node HEADLINE = Vocab.schema("headline");
    static final Node ALT_LABEL = Vocab.skos("altLabel");
    static final Node SHORT_NAME = Vocab.p("shortName");
    static final Node DEMONYM = Vocab.p("demonym");

    private final Graph g;
    private final Terms terms;

    Labels(Graph g, Terms terms) {
        this.g = g;
        this.terms = terms;
    }

    String of(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "(unnamed)";
        return label(n).orElseGet(() -> fromIri(n));
    }

    /** An English rdfs:label, else any rdfs:label, else a headline. */
    Optional<String> label(Node n) {
        String any = null;
        for (Node p : List.of(RDFS.label.asNode(), HEADLINE)) {
            for (Node o : objects(n, p)) {
                if (!o.isLiteral()) continue;
                if (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en")) return Optional.of(o.getLiteralLexicalForm());
                if (any == null) any = o.getLiteralLexicalForm();
            }
            if (any != null) return Optional.of(any);
        }
        return Optional.empty();
    }

    /**
     * Every name the node goes by in the text: label, alternative labels, short names, demonyms,
     * and for a person the surname alone, since news copy says "Trump" far more often than "Donald Trump".
     */
    List<String> names(Node n) {
        List<String> out = new ArrayList<>();
        for (Node p : List.of(RDFS.label.asNode(), ALT_LABEL, SHORT_NAME, DEMONYM)) {
            for (Node o : objects(n, p)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
        }
        if (n.isURI() && n.getURI().startsWith(Iris.ID + "person/")) {
            label(n).ifPresent(l -> {
                String last = l.substring(l.lastIndexOf(' ') + 1);
                if (last.length() > 2 && !last.equals(l)) out.add(last);
            });
        }
        return out;
    }

    List<Node> objects(Node s, Node p) { return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList(); }

    private String fromIri(Node n) {
        String iri = n.getURI();
        if (terms.defines(iri) || !iri.startsWith(Iris.BASE)) {
            if (iri.startsWith(Vocab.WD)) return "Wikidata " + iri.substring(Vocab.WD.length());
            return terms.label(iri);
        }
        String[] parts = iri.substring(Iris.ID.length()).split("/");
        // id/article/{aid}/{kind}/{key}: name it by its class if the graph knows it, else by its kind.
        if (parts.length == 4 && parts[0].equals("article")) {
            if (parts[2].equals("sentence")) return "Sentence " + parts[3];
            String kind = objects(n, RDF.type.asNode()).stream().filter(Node::isURI).map(t -> terms.label(t.getURI()))
                    .findFirst().orElse(parts[2].replace('-', ' '));
            return capitalise(kind) + " " + parts[3];
        }
        if (parts.length == 3 && parts[0].equals("article") && parts[2].equals("context")) return "Text of " + parts[1];
        return parts[parts.length - 1];
    }

    static String capitalise(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    static Node uri(String s) { return NodeFactory.createURI(s); }
}
