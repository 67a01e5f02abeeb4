package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.rdf.Vocab;

/** The home page: the articles loaded, what the graph holds, the most connected leaders and states, example queries. */
final class HomeServlet extends HttpServlet {
    private static final int TOP = 10;
    private final Site site;
    private final String dataset;

    HomeServlet(Site site, String datasetPath) {
        this.site = site;
        this.dataset = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        if (!"/".equals(req.getRequestURI())) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + req.getRequestURI());
            return;
        }
        String base = site.base(req);
        Stats stats = new Stats(site.dsg());
        Html h = new Html();
        h.raw("<h1>Parley</h1>\n<p class=\"lead\">A knowledge graph of news on war and diplomacy: who met whom, who pledged or "
                + "asked for security guarantees, who claims which territory, who said what, and who stands where on each "
                + "proposal — every fact traced back to the sentence it was read from.</p>\n");
        articles(h, stats, base);
        h.raw("<div class=\"columns-2\">\n");
        connected(h, "Most connected leaders", stats.mostConnected(Vocab.PARLEY + "Leader", TOP), base);
        connected(h, "Most connected states", stats.mostConnected(Vocab.PARLEY + "State", TOP), base);
        h.raw("</div>\n");
        classes(h, stats, base);
        queries(h, base);
        h.raw("<section>\n<h2>For programs</h2>\n<ul>\n<li>SPARQL endpoint: <code>").text(base + dataset + "/sparql").raw("</code> (")
         .a(base + "/query", "query editor").raw(")</li>\n<li>").a(base + "/.well-known/void", "VoID description of the dataset")
         .raw("</li>\n<li>").a(base + "/dump/parley.nq.gz", "The whole dataset").raw(" as gzipped N-Quads</li>\n<li>")
         .a(base + "/ontology", "The ontology").raw(" (HTML, Turtle, JSON-LD, RDF/XML, N-Triples)</li>\n<li>")
         .text("Every IRI under https://w3id.org/parley/ is served here under " + base + "/ : ask for text/turtle, application/ld+json, "
                 + "application/rdf+xml or application/n-triples, or add .ttl, .jsonld, .rdf or .nt.").raw("</li>\n</ul>\n</section>\n");
        Reply.send(req, resp, Format.HTML.contentType(), Page.render("Home", base, "", h.toString()), false);
    }

    private void articles(Html h, Stats stats, String base) {
        List<Stats.Article> articles = stats.articles();
        h.raw("<section>\n<h2>Articles</h2>\n");
        if (articles.isEmpty()) {
            h.el("p", "No articles are loaded.").raw("</section>\n");
            return;
        }
        h.raw("<table class=\"articles\">\n<thead><tr><th scope=\"col\">Published</th><th scope=\"col\">Headline</th><th scope=\"col\">Graph</th></tr></thead>\n<tbody>\n");
        for (Stats.Article a : articles) {
            String aid = a.iri().substring(a.iri().lastIndexOf('/') + 1);
            h.raw("<tr><td>").text(a.date() == null ? "" : a.date()).raw("</td><td>")
             .a(IriMapper.link(a.iri(), base), a.headline() != null ? a.headline() : aid).raw("</td><td>")
             .a(base + "/graph/article/" + aid, aid).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void connected(Html h, String title, List<Stats.Count> top, String base) {
        h.raw("<section>\n").el("h2", title).raw("\n");
        if (top.isEmpty()) {
            h.el("p", "muted", "No facts link to any yet.").raw("</section>\n");
            return;
        }
        h.raw("<ol class=\"ranking\">\n");
        for (Stats.Count c : top) {
            h.raw("<li>").a(IriMapper.link(c.iri(), base), c.label() != null ? c.label() : c.iri())
             .raw(" <span class=\"count\">").text(c.n() + (c.n() == 1 ? " fact" : " facts")).raw("</span></li>\n");
        }
        h.raw("</ol>\n</section>\n");
    }

    private void classes(Html h, Stats stats, String base) {
        Terms terms = Terms.load(site.dsg());
        h.raw("<section>\n<h2>What the graph holds</h2>\n<table class=\"counts\">\n<thead><tr><th scope=\"col\">Class</th><th scope=\"col\">Resources</th></tr></thead>\n<tbody>\n");
        for (Stats.Count c : stats.classes(true)) {
            if (c.iri() == null) continue;
            String list = "SELECT ?resource ?label WHERE { ?resource a <" + c.iri() + "> OPTIONAL { ?resource <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?label ?resource";
            h.raw("<tr><td>").a(IriMapper.link(c.iri(), base), c.label() != null ? c.label() : terms.label(c.iri()))
             .raw("</td><td class=\"num\">").a(base + "/query?query=" + URLEncoder.encode(list, StandardCharsets.UTF_8), Long.toString(c.n()))
             .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void queries(Html h, String base) {
        List<CompetencyQueries.Entry> all = site.queries().all();
        if (all.isEmpty()) return;
        h.raw("<section>\n<h2>Example queries</h2>\n<ol class=\"queries\">\n");
        for (CompetencyQueries.Entry q : all) {
            h.raw("<li>").text(q.question()).raw(" <span class=\"actions\">")
             .a(base + "/query?name=" + q.name(), "edit").text(" · ")
             .a(base + dataset + "/sparql?output=text&query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), "results")
             .text(" · ").a(base + "/queries/" + q.name() + ".rq", q.name() + ".rq").raw("</span></li>\n");
        }
        h.raw("</ol>\n</section>\n");
    }
}
