package org.parley.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Iris;

/** The HTML page of a named graph: what it holds, by class, and the whole graph in each RDF format. */
final class GraphPage {
    private final String iri;
    private final Graph g;
    private final Terms terms;
    private final String base;

    GraphPage(String iri, Graph g, Terms terms, String base) {
        this.iri = iri;
        this.g = g;
        this.terms = terms;
        this.base = base;
    }

    byte[] render(String path) {
        Labels labels = new Labels(g, terms);
        String title = title();
        Html h = new Html();
        h.raw("<article class=\"graph\">\n").el("h1", title);
        h.raw("<p class=\"iri\">Named graph <code>").text(iri).raw("</code></p>\n");
        String aid = Iris.articleIdOf(Labels.uri(iri));
        if (aid != null) {
            h.raw("<p>").text("What Parley read from the article ").raw(Html.link(IriMapper.link(Iris.article(aid).getURI(), base), aid)).raw("</p>\n");
        }
        Map<String, List<Node>> byClass = new TreeMap<>(NaturalOrder.INSTANCE);
        g.find(Node.ANY, Node.ANY, Node.ANY).mapWith(t -> t.getSubject()).toSet().forEach(s -> {
            List<Node> types = g.find(s, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
            String cls = types.isEmpty() ? "Other" : types.stream().map(labels::of).sorted().findFirst().get();
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(s);
        });
        h.raw("<p>").text(g.size() + " triples about " + byClass.values().stream().mapToInt(List::size).sum() + " resources.").raw("</p>\n");
        byClass.forEach((cls, subjects) -> {
            subjects.sort(Comparator.comparing(labels::of, NaturalOrder.INSTANCE));
            h.raw("<section>\n").el("h2", cls + " (" + subjects.size() + ")").raw("\n<ul class=\"columns\">\n");
            for (Node s : subjects) {
                String href = s.isURI() ? IriMapper.link(s.getURI(), base) : "#";
                h.raw("<li>").a(href, labels.of(s)).raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        });
        h.raw("<section class=\"data\">\n<h2>Data</h2>\n<p>This graph as ");
        boolean first = true;
        for (Format f : Format.values()) {
            if (!f.isRdf()) continue;
            if (!first) h.text(" · ");
            h.a(base + path + "." + f.name, ResourcePage.formatName(f));
            first = false;
        }
        h.raw(".</p>\n</section>\n</article>");
        return Page.render(title, base, "", h.toString());
    }

    private String title() {
        String aid = Iris.articleIdOf(Labels.uri(iri));
        if (aid != null) return "Article graph " + aid;
        String name = iri.substring(Iris.GRAPH.length());
        return switch (name) {
            case "ontology" -> "Ontology graph";
            case "shapes" -> "SHACL shapes graph";
            case "reference" -> "Reference data graph";
            case "lexicon" -> "Lexicon graph";
            default -> "Graph " + name;
        };
    }
}
