package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parley.rdf.Iris;

/**
 * The query page {@code /query}: YASGUI, served by Parley from its webjar, on Parley's own endpoint,
 * with the competency queries in a picker ({@code ?name=NN-name} selects one, {@code ?query=...}
 * opens any text, {@code &run=1} runs it on loading). The list of queries below the editor works without JavaScript. Also serves the
 * query files themselves at {@code /queries/NN-name.rq}.
 */
final class QueryServlet extends HttpServlet {
    private final Site site;
    private final String dataset;

    QueryServlet(Site site, String datasetPath) {
        this.site = site;
        this.dataset = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String uri = req.getRequestURI();
        if (uri.startsWith("/queries/")) {
            file(req, resp, uri.substring("/queries/".length()));
            return;
        }
        String base = site.base(req);
        String endpoint = base + dataset + "/sparql";
        String selected = req.getParameter("name");
        String text = req.getParameter("query");
        Html h = new Html();
        h.raw("<h1>Query Parley</h1>\n<p>SPARQL 1.1 over the union of all graphs at <code>").text(endpoint).raw("</code>.</p>\n");
        h.raw("<noscript><p class=\"notice\">The query editor needs JavaScript. The queries below link to their results all the same.</p></noscript>\n");
        h.raw("<p><label for=\"picker\">Competency query </label><select id=\"picker\">\n");
        for (CompetencyQueries.Entry q : site.queries().all()) {
            h.raw("<option value=\"").text(q.name()).raw("\"").raw(q.name().equals(selected) && text == null ? " selected" : "")
             .raw(">").text(q.name() + ": " + q.question()).raw("</option>\n");
        }
        h.raw("</select></p>\n<div id=\"yasgui\"></div>\n");
        h.raw("<section>\n<h2>Competency queries</h2>\n<ol class=\"queries\">\n");
        for (CompetencyQueries.Entry q : site.queries().all()) {
            h.raw("<li id=\"").text(q.name()).raw("\">").text(q.question()).raw(" <span class=\"actions\">")
             .a(base + "/query?name=" + q.name(), "edit").text(" · ")
             .a(endpoint + "?output=text&query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), "results").text(" · ")
             .a(base + "/queries/" + q.name() + ".rq", q.name() + ".rq").raw("</span></li>\n");
        }
        h.raw("</ol>\n</section>\n");
        StringBuilder queries = new StringBuilder("{");
        for (CompetencyQueries.Entry q : site.queries().all()) {
            if (queries.length() > 1) queries.append(',');
            queries.append(Json.str(q.name())).append(':').append(Json.str(q.text()));
        }
        queries.append('}');
        h.raw("<script type=\"application/json\" id=\"parley-queries\">").raw(queries.toString()).raw("</script>\n");
        h.raw("<script type=\"application/json\" id=\"parley-config\">{\"endpoint\":").raw(Json.str(endpoint))
         .raw(",\"base\":").raw(Json.str(base)).raw(",\"canonical\":").raw(Json.str(Iris.BASE))
         .raw(",\"query\":").raw(Json.str(text)).raw(",\"run\":").raw(Boolean.toString("1".equals(req.getParameter("run"))))
         .raw("}</script>\n");
        h.raw("<script src=\"").text(base + "/static/yasgui/yasgui.min.js").raw("\"></script>\n");
        h.raw("<script src=\"").text(base + "/static/query.js").raw("\"></script>\n");
        String head = "<link rel=\"stylesheet\" href=\"" + Html.esc(base + "/static/yasgui/yasgui.min.css") + "\">\n";
        Reply.send(req, resp, Format.HTML.contentType(), Page.render("Query", base, head, h.toString()), false);
    }

    private void file(HttpServletRequest req, HttpServletResponse resp, String fileName) {
        Optional<CompetencyQueries.Entry> q = CompetencyQueries.FILE_NAME.matcher(fileName).matches()
                ? site.queries().byName(fileName.replaceFirst("\\.rq$", "")) : Optional.empty();
        if (q.isEmpty()) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such query: " + fileName);
            return;
        }
        Reply.send(req, resp, "application/sparql-query;charset=utf-8", q.get().text().getBytes(StandardCharsets.UTF_8), false);
    }
}
