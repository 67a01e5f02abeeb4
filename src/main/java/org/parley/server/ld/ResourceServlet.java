package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Iris;

/**
 * Dereferences Parley IRIs: {@code /id/...} (entities, articles, sentences, facts), {@code /graph/...}
 * (named graphs) and {@code /ontology}. One URL serves every format: the format comes from a suffix
 * ({@code .ttl}), else {@code ?format=ttl}, else {@code Accept}; the response names the document it
 * sent in {@code Content-Location} ({@code /id/x.ttl}) rather than redirecting with 303. An
 * article asked for as TriG or N-Quads is sent (303) to its named graph.
 */
final class ResourceServlet extends HttpServlet {
    static final Set<Format> TRIPLE_FORMATS = EnumSet.of(Format.HTML, Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);
    static final Set<Format> GRAPH_FORMATS = EnumSet.allOf(Format.class);
    private static final Pattern SUFFIX = Pattern.compile("(.*/[^/]+)\\.([a-z]+)");
    private static final Pattern TERM = Pattern.compile("/ontology/([A-Za-z][A-Za-z0-9_-]*)");

    private final Site site;

    ResourceServlet(Site site) { this.site = site; }

    /** The request's path without suffix, and the format the URL asks for, if any. */
    record Target(String path, Optional<Format> format) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String base = site.base(req);
        String uri = req.getRequestURI();
        Matcher term = TERM.matcher(uri);
        if (term.matches()) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", base + "/ontology#" + term.group(1));
            return;
        }
        Target t;
        try {
            t = target(uri, req.getParameter("format"));
        } catch (IllegalArgumentException e) {
            Reply.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        Optional<String> iri = IriMapper.iriOf(t.path());
        if (iri.isEmpty()) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not a Parley IRI: " + uri);
            return;
        }
        String article = articleId(iri.get());
        Set<Format> offered = IriMapper.isGraph(iri.get()) || article != null ? GRAPH_FORMATS : TRIPLE_FORMATS;
        Optional<Format> format = t.format().isPresent()
                ? t.format().filter(offered::contains)
                : Negotiator.choose(req.getHeader("Accept"), offered);
        if (format.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            Reply.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Parley cannot give " + iri.get() + " as "
                    + t.format().map(f -> f.mediaType).orElse(req.getHeader("Accept"))
                    + ". It can give: " + String.join(", ", Negotiator.mediaTypes(offered)) + ".");
            return;
        }
        if (format.get().isQuads() && article != null) {
            // An article asked for as quads: what Parley read from it is its named graph.
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Vary", "Accept");
            resp.setHeader("Location", base + "/graph/article/" + article + "." + format.get().name);
            return;
        }
        boolean all = "all".equals(req.getParameter("inbound"));
        byte[] body = render(iri.get(), t.path(), format.get(), base, all);
        if (body == null) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "Parley knows nothing about " + iri.get());
            return;
        }
        resp.setHeader("Content-Location", IriMapper.documentUrl(iri.get(), base, format.get()).orElseThrow() + (all ? "?inbound=all" : ""));
        resp.setHeader("Link", "<" + IriMapper.documentUrl(iri.get(), base, Format.TURTLE).orElseThrow() + ">; rel=\"alternate\"; type=\"text/turtle\"");
        Reply.send(req, resp, format.get().contentType(), body, t.format().isEmpty());
    }

    /** The body for {@code iri} in {@code f}, or null if Parley knows nothing about it. */
    private byte[] render(String iri, String path, Format f, String base, boolean allInbound) {
        if (IriMapper.isOntology(iri)) {
            Graph g = site.describer().namedGraph(Iris.ontologyGraph().getURI());
            if (g.isEmpty()) return null;
            return f == Format.HTML ? new OntologyPage(g, base).render() : RdfOut.triples(g, f, base);
        }
        if (IriMapper.isGraph(iri)) {
            Graph g = site.describer().namedGraph(iri);
            if (g.isEmpty()) return null;
            if (f == Format.HTML) return new GraphPage(iri, g, Terms.load(site.dsg()), base).render(path);
            return f.isQuads() ? RdfOut.quads(Labels.uri(iri), g, f, base) : RdfOut.triples(g, f, base);
        }
        long limit = allInbound ? 0 : site.cfg().inboundLimit();
        Description d = site.describer().describe(iri, limit);
        if (d.isEmpty()) return null;
        if (f == Format.HTML) return new ResourcePage(d, Terms.load(site.dsg()), base).render(path, TRIPLE_FORMATS, limit);
        Graph g = RdfOut.rewrite(d.graph(), base);
        Node local = RdfOut.rewrite(Labels.uri(iri), base);
        // The local IRI and the canonical one name the same thing (Pubby's addSameAsStatements).
        if (!local.getURI().equals(iri)) g.add(Triple.create(local, OWL.sameAs.asNode(), Labels.uri(iri)));
        // Where the inbound links were cut short, say where the rest are.
        if (d.truncated()) g.add(Triple.create(local, RDFS.seeAlso.asNode(), Labels.uri(base + path + "." + f.name + "?inbound=all")));
        return RdfOut.rewritten(g, f, base);
    }

    /** The article id if {@code iri} is an article (not one of its parts), else null. */
    static String articleId(String iri) {
        String prefix = Iris.ID + "article/";
        return iri.startsWith(prefix) && iri.indexOf('/', prefix.length()) < 0 ? iri.substring(prefix.length()) : null;
    }

    /** Splits a {@code .ttl}-style suffix off the path; {@code ?format=} must agree with it. */
    static Target target(String uri, String formatParam) {
        String path = uri;
        Format fromSuffix = null;
        Matcher m = SUFFIX.matcher(uri);
        if (m.matches()) {
            Optional<Format> f = Format.byName(m.group(2));
            if (f.isPresent()) {
                path = m.group(1);
                fromSuffix = f.get();
            }
        }
        Format fromParam = null;
        if (formatParam != null) {
            fromParam = Format.byName(formatParam).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown format '" + formatParam + "'. Use one of: html, ttl, jsonld, rdf, nt, trig, nq."));
        }
        if (fromSuffix != null && fromParam != null && fromSuffix != fromParam) {
            throw new IllegalArgumentException("The suffix ." + fromSuffix.name + " and ?format=" + formatParam + " disagree.");
        }
        return new Target(path, Optional.ofNullable(fromSuffix != null ? fromSuffix : fromParam));
    }
}
