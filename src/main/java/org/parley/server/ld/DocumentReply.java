package org.parley.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Sends a small generated RDF document (VoID, the service description) in the negotiated format;
 * as HTML it shows the Turtle itself, with links to the other formats.
 */
final class DocumentReply {
    private DocumentReply() {}

    /** {@code canonical}: keep Parley's IRIs as they are in the store (graph names in a service description must match SPARQL's). */
    static void send(HttpServletRequest req, HttpServletResponse resp, Graph g, String title, String base, String path, boolean canonical) {
        String iris = canonical ? null : base;
        ResourceServlet.Target t;
        try {
            t = ResourceServlet.target(req.getRequestURI(), req.getParameter("format"));
        } catch (IllegalArgumentException e) {
            Reply.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        Optional<Format> f = t.format().isPresent()
                ? t.format().filter(ResourceServlet.TRIPLE_FORMATS::contains)
                : Negotiator.choose(req.getHeader("Accept"), ResourceServlet.TRIPLE_FORMATS);
        if (f.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            Reply.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, title + " is available as: "
                    + String.join(", ", Negotiator.mediaTypes(ResourceServlet.TRIPLE_FORMATS)) + ".");
            return;
        }
        byte[] body;
        if (f.get() == Format.HTML) {
            Html h = new Html();
            h.el("h1", title).raw("\n<p>");
            String sep = "";
            for (Format other : ResourceServlet.TRIPLE_FORMATS) {
                if (!other.isRdf()) continue;
                h.text(sep).a(base + path + "?format=" + other.name, ResourcePage.formatName(other));
                sep = " · ";
            }
            h.raw("</p>\n<pre><code>").text(new String(RdfOut.triples(g, Format.TURTLE, iris), StandardCharsets.UTF_8)).raw("</code></pre>");
            body = Page.render(title, base, "", h.toString());
        } else {
            body = RdfOut.triples(g, f.get(), iris);
        }
        resp.setHeader("Content-Location", base + path + "?format=" + f.get().name);
        Reply.send(req, resp, f.get().contentType(), body, t.format().isEmpty());
    }
}
