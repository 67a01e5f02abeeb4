package org.parley.server.ld;

import org.apache.jena.graph.Node;

/** Links and values on a page: Parley's IRIs to this server, others out (marked external), all escaped. */
final class PageLinks {
    private final Labels labels;
    private final String base;

    PageLinks(Labels labels, String base) {
        this.labels = labels;
        this.base = base;
    }

    String href(Node n) { return IriMapper.link(n.getURI(), base); }

    String link(Node n) { return link(n, labels.of(n)); }

    String link(Node n, String text) {
        if (!n.isURI()) return Html.esc(text);
        String cls = IriMapper.pathOf(n.getURI()).isPresent() ? "" : " class=\"external\"";
        return "<a href=\"" + Html.href(href(n)) + "\"" + cls + ">" + Html.esc(text) + "</a>";
    }

    /** A property value: a link for an IRI, the text for a literal. */
    String value(Node v) {
        if (v.isURI()) return link(v);
        if (v.isLiteral()) return "<span class=\"literal\">" + Html.esc(v.getLiteralLexicalForm()) + "</span>";
        return "(unnamed)";
    }
}
