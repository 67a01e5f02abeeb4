package org.parley.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Vocab;

/**
 * The "Links to this" section of a resource page: what points at the resource, grouped by the
 * linking property (offices first, then facts, then the sentences that mention it), each with a
 * word on what it says, and a link to the rest when the description was cut short.
 */
final class InboundSection {
    private static final Node ANCHOR_OF = Vocab.nif("anchorOf");
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
    /** Properties worth a word in a summary: Parley's own, except those shown otherwise. */
    private static final Predicate<Node> SUMMARISED = p -> p.getURI().startsWith(Vocab.PARLEY) && !p.equals(TEXT) && !p.equals(MENTIONS);

    private final Description d;
    private final Graph g;
    private final Node self;
    private final Terms terms;
    private final Labels labels;
    private final PageLinks links;
    private final String base;

    InboundSection(Description d, Terms terms, Labels labels, PageLinks links, String base) {
        this.d = d;
        this.g = d.graph();
        this.self = Labels.uri(d.iri());
        this.terms = terms;
        this.labels = labels;
        this.links = links;
        this.base = base;
    }

    void render(Html h, String path) {
        Map<String, List<Node>> byProperty = new TreeMap<>(Comparator.comparing(InboundSection::headingRank).thenComparing(NaturalOrder.INSTANCE));
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
                h.raw("<li>").raw(links.link(s, name(s)));
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
            else for (int i = 0; i < vs.size(); i++) h.raw(i > 0 ? ", " : "").raw(links.value(vs.get(i)));
            sep = " · ";
        }
        h.raw("</span>");
    }


    private String inverseName(Node p) {
        String inv = INVERSE.get(p.getURI());
        return inv != null ? inv : "Linked as " + terms.label(p.getURI());
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
