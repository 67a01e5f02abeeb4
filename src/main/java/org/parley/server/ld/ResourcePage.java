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
    private static final Node TENURE = Vocab.p("Tenure");
    /** Headings for links pointing at a resource, where "Linked as ..." reads badly. */
    private static final Map<String, String> INVERSE = Map.of(
            Vocab.PARLEY + "mentions", "Mentioned in",
            Vocab.SCHEMA + "isPartOf", "Parts",
            Vocab.PROV + "wasDerivedFrom", "Facts read from it",
            Vocab.PARLEY + "officeHolder", "Offices held",
            Vocab.PARLEY + "officeOf", "Office holders",
            Vocab.NIF + "referenceContext", "Sentences");

    /** Links whose inverse the page already shows as a property (the sentence before and after). */
    private static final Set<Node> SHOWN_AS_PROPERTIES = Set.of(Vocab.nif("nextSentence"), Vocab.nif("previousSentence"));

    private final Description d;
    private final Graph g;
    private final Node self;
    private final Terms terms;
    private final Labels labels;
    private final String base;

    ResourcePage(Description d, Terms terms, String base) {
        this.d = d;
        this.g = d.graph();
        this.self = Labels.uri(d.iri());
        this.terms = terms;
        this.labels = new Labels(g, terms);
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
        inbound(h, path);
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
            h.raw(link(types.get(i)));
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
                h.raw("<figure>\n<blockquote cite=\"").raw(Html.href(href(src))).raw("\"><p>")
                 .raw(Marker.mark(text.getLiteralLexicalForm(), phrases)).raw("</p></blockquote>\n<figcaption>")
                 .raw(link(src));
                for (Node art : labels.objects(src, IS_PART_OF)) {
                    h.text(" of ").raw(link(art));
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
            h.raw("<tr><th scope=\"row\">").raw(link(props.get(key))).raw("</th><td>");
            values.sort(Comparator.comparing(labels::of, NaturalOrder.INSTANCE));
            if (values.size() == 1) h.raw(value(values.get(0)));
            else {
                h.raw("<ul>");
                values.forEach(v -> h.raw("<li>").raw(value(v)).raw("</li>"));
                h.raw("</ul>");
            }
            h.raw("</td></tr>\n");
        });
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void inbound(Html h, String path) {
        Map<String, List<Node>> byProperty = new TreeMap<>(Comparator.comparing(ResourcePage::headingRank).thenComparing(NaturalOrder.INSTANCE));
        g.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> {
            if (t.getSubject().equals(self) || SHOWN_AS_PROPERTIES.contains(t.getPredicate())) return;
            byProperty.computeIfAbsent(inverseName(t.getPredicate()), k -> new ArrayList<>()).add(t.getSubject());
        });
        if (byProperty.isEmpty()) return;
        Set<String> names = new LinkedHashSet<>(labels.names(self));
        h.raw("<section class=\"inbound\">\n<h2>Links to this</h2>\n");
        byProperty.forEach((heading, subjects) -> {
            subjects.sort(Comparator.comparing(this::name, NaturalOrder.INSTANCE));
            h.el("h3", heading + " (" + subjects.size() + ")").raw("\n<ul>\n");
            for (Node s : subjects) {
                h.raw("<li>").raw(link(s, name(s)));
                for (Node q : labels.objects(s, TEXT)) h.raw(" <q>").text(q.getLiteralLexicalForm()).raw("</q>");
                summary(h, s);
                for (Node text : labels.objects(s, ANCHOR_OF)) {
                    h.raw("<blockquote><p>").raw(Marker.mark(text.getLiteralLexicalForm(), names)).raw("</p></blockquote>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        });
        if (d.truncated()) {
            h.raw("<p class=\"more\">").text("Showing " + d.inboundShown() + " of " + d.inboundTotal() + " links. ")
             .a(base + path + "?inbound=all", "Show all " + d.inboundTotal()).raw("</p>\n");
        }
        h.raw("</section>\n");
    }

    /** Offices first, then facts, then the sentences that mention it. */
    private static int headingRank(String heading) {
        return heading.startsWith("Office") ? 0 : heading.startsWith("Linked as") ? 1 : 2;
    }

    /** What a fact linking here says besides the link itself: "towards ceasefire before talks · polarity Supports". */
    private void summary(Html h, Node s) {
        Map<String, List<Node>> props = new TreeMap<>(NaturalOrder.INSTANCE);
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().equals(self) || !SUMMARISED.test(t.getPredicate())) return;
            props.computeIfAbsent(terms.label(t.getPredicate().getURI()), k -> new ArrayList<>()).add(t.getObject());
        });
        if (props.isEmpty() || labels.objects(s, RDF.type.asNode()).contains(TENURE)) return;
        h.raw(" <span class=\"summary\">");
        String sep = "";
        for (Map.Entry<String, List<Node>> e : props.entrySet()) {
            h.raw(sep).text(e.getKey() + " ");
            List<Node> vs = e.getValue();
            if (vs.size() > 3) h.text("×" + vs.size());
            else for (int i = 0; i < vs.size(); i++) h.raw(i > 0 ? ", " : "").raw(value(vs.get(i)));
            sep = " · ";
        }
        h.raw("</span>");
    }

    /** Properties worth a word in a summary: Parley's own, except those shown otherwise. */
    private static final java.util.function.Predicate<Node> SUMMARISED = p -> p.getURI().startsWith(Vocab.PARLEY)
            && !p.equals(TEXT) && !p.equals(MENTIONS);

    private String inverseName(Node p) {
        String inv = INVERSE.get(p.getURI());
        return inv != null ? inv : "Linked as " + terms.label(p.getURI());
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

    private String value(Node v) {
        if (v.isURI()) return link(v);
        if (v.isLiteral()) return "<span class=\"literal\">" + Html.esc(v.getLiteralLexicalForm()) + "</span>";
        return "(unnamed)";
    }

    private String href(Node n) { return IriMapper.link(n.getURI(), base); }

    private String link(Node n) { return link(n, labels.of(n)); }

    private String link(Node n, String text) {
        if (!n.isURI()) return Html.esc(text);
        String cls = IriMapper.pathOf(n.getURI()).isPresent() ? "" : " class=\"external\"";
        return "<a href=\"" + Html.href(href(n)) + "\"" + cls + ">" + Html.esc(text) + "</a>";
    }

    /** A linking resource's name; a tenure is named by its office, e.g. "President of United States (2025-01-20 – )". */
    private String name(Node s) {
        if (!labels.objects(s, RDF.type.asNode()).contains(TENURE)) return labels.of(s);
        StringBuilder b = new StringBuilder();
        for (Node holder : labels.objects(s, Vocab.p("officeHolder"))) if (!holder.equals(self)) b.append(labels.of(holder)).append(", ");
        b.append(literal(s, "officeTitle", "Office"));
        for (Node office : labels.objects(s, Vocab.p("officeOf"))) if (!office.equals(self)) b.append(" of ").append(labels.of(office));
        return b.append(" (").append(literal(s, "startDate", "?")).append(" – ").append(literal(s, "endDate", "")).append(")").toString();
    }

    private String literal(Node s, String parleyProperty, String otherwise) {
        return labels.objects(s, Vocab.p(parleyProperty)).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(otherwise);
    }

}
