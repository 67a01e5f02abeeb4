package org.parley.server.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Vocab;

/**
 * The HTML page of one resource: name and classes, the sentence a fact was read from with the
 * mention marked, its properties named by their ontology labels, what links to it, and links to
 * the same description in RDF and to the SPARQL query that yields it.
 */
final class ResourcePage {
    private static final Node DERIVED_FROM = Vocab.prov("wasDerivedFrom");
    private static final Node ANCHOR_OF = Vocab.nif("anchorOf");
    private static final Node IS_STRING = Vocab.nif("isString");
    private static final Node IS_PART_OF = Vocab.schema("isPartOf");
    private static final Node PUBLISHED = Vocab.schema("datePublished");
    private static final Node MENTIONS = Vocab.p("mentions");
    private static final Node TEXT = Vocab.p("text");

    private final Description d;
    private final Graph g;
    private final Node self;
    private final Terms terms;
    private final Labels labels;
    private final PageLinks links;
    private final String base;

    ResourcePage(Description d, Terms terms, String base) {
        this.d = d;
        this.g = d.graph();
        this.self = Labels.uri(d.iri());
        this.terms = terms;
        this.labels = new Labels(g, terms);
        this.links = new PageLinks(labels, base);
        this.base = base;
    }

    /** {@code path}: the resource's path on this server; {@code formats}: the RDF formats it is offered in. */
    byte[] render(String path, Set<Format> formats, long inboundLimit) {
        String name = labels.of(self);
        Html h = new Html();
        h.raw("<article class=\"resource\">\n").el("h1", name);
        header(h);
        provenance(h);
        text(h);
        properties(h);
        new InboundSection(d, terms, labels, links, base).render(h, path);
        data(h, path, formats, inboundLimit);
        h.raw("</article>");
        String head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + Html.esc(base + path + ".ttl") + "\">\n";
        return Page.render(name, base, head, h.toString());
    }

    private void header(Html h) {
        List<Node> types = labels.objects(self, RDF.type.asNode());
        h.raw("<p class=\"kind\">");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) h.text(" · ");
            h.raw(links.link(types.get(i)));
        }
        h.raw("</p>\n<p class=\"iri\">IRI <code>").text(d.iri()).raw("</code>");
        for (Node same : labels.objects(self, OWL.sameAs.asNode())) {
            if (same.isURI() && same.getURI().startsWith(Vocab.WD)) {
                String q = same.getURI().substring(Vocab.WD.length());
                h.raw(" · ").a("https://www.wikidata.org/wiki/" + q, "Wikidata " + q);
            }
        }
        h.raw("</p>\n");
    }

    /** For a fact: each sentence it was read from, the mention marked, and the article it is part of. */
    private void provenance(Html h) {
        List<Node> sources = labels.objects(self, DERIVED_FROM);
        if (sources.isEmpty()) return;
        Set<String> phrases = factPhrases();
        h.raw("<section class=\"provenance\">\n<h2>Source</h2>\n");
        for (Node src : sources) {
            for (Node text : labels.objects(src, ANCHOR_OF)) {
                h.raw("<figure>\n<blockquote cite=\"").raw(Html.href(links.href(src))).raw("\"><p>")
                 .raw(Marker.mark(text.getLiteralLexicalForm(), phrases)).raw("</p></blockquote>\n<figcaption>")
                 .raw(links.link(src));
                for (Node art : labels.objects(src, IS_PART_OF)) {
                    h.text(" of ").raw(links.link(art));
                    for (Node date : labels.objects(art, PUBLISHED)) h.text(", " + date.getLiteralLexicalForm());
                }
                h.raw("</figcaption>\n</figure>\n");
            }
        }
        h.raw("</section>\n");
    }

    /** What to mark in a fact's sentence: its quoted words, and the names of everything it links to. */
    private Set<String> factPhrases() {
        Set<String> out = new LinkedHashSet<>();
        g.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && t.getPredicate().equals(TEXT)) out.add(o.getLiteralLexicalForm());
            if (o.isURI() && !t.getPredicate().equals(DERIVED_FROM)) out.addAll(labels.names(o));
        });
        return out;
    }

    /** For a sentence or an article's text: the text itself, with the resources it mentions marked. */
    private void text(Html h) {
        List<Node> texts = new ArrayList<>(labels.objects(self, ANCHOR_OF));
        texts.addAll(labels.objects(self, IS_STRING));
        if (texts.isEmpty()) return;
        Set<String> phrases = new LinkedHashSet<>();
        for (Node m : labels.objects(self, MENTIONS)) phrases.addAll(labels.names(m));
        g.find(Node.ANY, DERIVED_FROM, self).forEachRemaining(t -> labels.objects(t.getSubject(), TEXT)
                .forEach(q -> phrases.add(q.getLiteralLexicalForm())));
        h.raw("<section class=\"text\">\n<h2>Text</h2>\n");
        for (Node t : texts) {
            h.raw("<blockquote>");
            for (String para : t.getLiteralLexicalForm().split("\n")) {
                if (!para.isBlank()) h.raw("<p>").raw(Marker.mark(para, phrases)).raw("</p>");
            }
            h.raw("</blockquote>\n");
        }
        h.raw("</section>\n");
    }

    private void properties(Html h) {
        Map<String, List<Node>> byProperty = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<String, Node> props = new TreeMap<>();
        g.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(ANCHOR_OF) || p.equals(IS_STRING)) return;
            String key = terms.label(p.getURI()) + "\u0000" + p.getURI();
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
            props.put(key, p);
        });
        if (byProperty.isEmpty()) return;
        h.raw("<section class=\"properties\">\n<h2>Properties</h2>\n<table>\n<tbody>\n");
        byProperty.forEach((key, values) -> {
            h.raw("<tr><th scope=\"row\">").raw(links.link(props.get(key))).raw("</th><td>");
            values.sort(Comparator.comparing(labels::of, NaturalOrder.INSTANCE));
            if (values.size() == 1) h.raw(links.value(values.get(0)));
            else {
                h.raw("<ul>");
                values.forEach(v -> h.raw("<li>").raw(links.value(v)).raw("</li>"));
                h.raw("</ul>");
            }
            h.raw("</td></tr>\n");
        });
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void data(Html h, String path, Set<Format> formats, long inboundLimit) {
        h.raw("<section class=\"data\">\n<h2>Data</h2>\n<p>This description as ");
        boolean first = true;
        for (Format f : Format.values()) {
            if (!f.isRdf() || !formats.contains(f)) continue;
            if (!first) h.text(" · ");
            h.a(base + path + "." + f.name, formatName(f));
            first = false;
        }
        String aid = ResourceServlet.articleId(d.iri());
        if (aid != null) {
            h.raw(".</p>\n<p>Everything Parley read from this article, its named graph: ")
             .a(base + "/graph/article/" + aid, "page").text(" · ").a(base + "/graph/article/" + aid + ".trig", "TriG")
             .text(" · ").a(base + "/graph/article/" + aid + ".nq", "N-Quads");
        }
        String query = Describer.query(d.iri(), inboundLimit);
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        h.raw(".</p>\n<p>The SPARQL query that yields it: ").a(base + "/query?query=" + q, "open in the query editor")
         .text(" · ").a(base + "/parley/sparql?query=" + q + "&output=ttl", "run it (Turtle)").raw("</p>\n");
        h.raw("<details><summary>Query text</summary><pre><code>").text(query).raw("</code></pre></details>\n</section>\n");
    }

    static String formatName(Format f) {
        return switch (f) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case HTML -> "HTML";
        };
    }
}
