package org.parley.server.ld;

import java.nio.charset.StandardCharsets;

/** The frame of every HTML page: head, navigation, footer. Plain semantic HTML and one stylesheet; no script. */
final class Page {
    private Page() {}

    /** A whole page; {@code body} is markup built with {@link Html}, {@code head} extra head markup or "". */
    static byte[] render(String title, String base, String head, String body) {
        String s = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + " · Parley</title>\n"
                + "<link rel=\"icon\" href=\"data:,\">\n" // no favicon: spares every page a 404
                + "<link rel=\"stylesheet\" href=\"" + Html.esc(base) + "/static/parley.css\">\n"
                + head
                + "</head>\n<body>\n<header class=\"site\"><nav aria-label=\"Parley\">"
                + Html.link(base + "/", "Parley") + " "
                + Html.link(base + "/query", "Query") + " "
                + Html.link(base + "/ontology", "Ontology") + " "
                + Html.link(base + "/.well-known/void", "Dataset (VoID)") + " "
                + Html.link(base + "/dump/parley.nq.gz", "Dump")
                + "</nav></header>\n<main>\n" + body + "\n</main>\n"
                + "<footer class=\"site\"><p>Parley: a knowledge graph of news on war and diplomacy. Data and code under the "
                + "<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License 2.0</a>. "
                + "SPARQL endpoint: <code>" + Html.esc(base) + "/parley/sparql</code></p></footer>\n"
                + "</body>\n</html>\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
