package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a real browser renders them: Debian's chromium, headless, against a real server.
 * Skipped only when chromium is not installed (.ci/run installs it).
 */
class TestPagesInBrowser {
    @TempDir static Path tmp;
    static LdServer ld;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Chromium.installed(), "chromium is not installed at " + Chromium.BINARY + " (apt-get install -y chromium)");
        ld = LdServer.start(tmp, LinkedDataConfig.defaults());
    }

    @AfterAll
    static void stop() { if (ld != null) ld.close(); }

    static String dom(String path, String... flags) throws Exception { return Chromium.dumpDom(tmp, ld.base() + path, flags); }

    @Test
    void homePageListsArticlesCountsLeadersAndQueries() throws Exception {
        String dom = dom("/");
        assertTrue(dom.contains("<title>Home · Parley</title>"), dom);
        assertTrue(dom.contains("<a href=\"" + ld.base() + "/id/article/" + LdServer.AID + "\">Trump pledges US help on Ukraine security guarantees at White House summit</a>"), dom);
        assertTrue(dom.contains("2025-08-18"));
        assertTrue(Pattern.compile("<a href=\"" + Pattern.quote(ld.base() + "/ontology#Leader") + "\">Leader</a></td><td class=\"num\"><a [^>]+>\\d+</a>").matcher(dom).find(),
                "a count per class");
        String leaders = section(dom, "Most connected leaders");
        assertTrue(leaders.contains(">Donald Trump</a>") && leaders.contains("facts"), leaders);
        assertTrue(section(dom, "Most connected states").contains(">Ukraine</a>"));
        assertTrue(dom.contains(ld.base() + "/query?name=01-summit-leaders"), "links to the example queries");
        assertFalse(dom.contains("<script"), "no script: the page is whole without JavaScript");
    }

    @Test
    void leaderPageNamesOfficesFactsAndMentions() throws Exception {
        String dom = dom("/id/person/donald-trump");
        assertTrue(dom.contains("<title>Donald Trump · Parley</title>"));
        assertTrue(dom.contains("<h1>Donald Trump</h1>"));
        assertTrue(dom.contains("<a href=\"https://www.wikidata.org/wiki/Q22686\">Wikidata Q22686</a>"));
        assertTrue(dom.contains("<a href=\"" + ld.base() + "/ontology#Leader\">Leader</a>"), "the class, by its label, on the ontology page");
        assertTrue(dom.contains(">President of United States (2025-01-20 – )</a>"), "whom he leads, from the reference tenures");
        assertTrue(dom.contains("<th scope=\"row\"><a href=\"" + ld.base() + "/ontology#leaderOf\">leader of</a></th>"), "properties named by their ontology labels");
        assertTrue(dom.contains("<mark>Trump</mark>"), "mentions marked in the sentences that name him");
        assertTrue(dom.contains(ld.base() + "/id/person/donald-trump.ttl"), "links to the raw formats");
        assertTrue(dom.contains(ld.base() + "/query?query="), "a link to the query that yields the description");
        assertFalse(dom.contains("<script"), "no script: the page is whole without JavaScript");
        for (String href : hrefs(dom)) {
            assertFalse(href.startsWith("https://w3id.org/"), "every Parley link points at this server: " + href);
        }
    }

    @Test
    void guaranteePageShowsTheSentenceWithTheMentionMarked() throws Exception {
        // Any security guarantee the extractor found in the seed.
        String q = "SELECT ?g WHERE { ?g a <https://w3id.org/parley/ontology#SecurityGuarantee> ; <https://w3id.org/parley/ontology#status> <https://w3id.org/parley/ontology#Pledged> } ORDER BY ?g LIMIT 1";
        var r = ld.get("/parley/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "text/csv");
        List<String> rows = r.body().lines().toList();
        assertEquals(2, rows.size(), "a pledged security guarantee in the store: " + r.body());
        String path = IriMapper.pathOf(rows.get(1).strip()).orElseThrow();
        String dom = dom(path);
        assertTrue(dom.contains("<a href=\"" + ld.base() + "/ontology#SecurityGuarantee\">Security guarantee</a>"), dom);
        String source = section(dom, "Source");
        assertTrue(source.contains("<blockquote"), source);
        assertTrue(source.contains("<mark>Ukraine</mark>"), "the beneficiary marked in its sentence: " + source);
        assertTrue(source.contains(">Trump pledges US help on Ukraine security guarantees at White House summit</a>"), "the article it came from");
        assertTrue(dom.contains(">beneficiary</a></th><td><a href=\"" + ld.base() + "/id/state/ukraine\">Ukraine</a>"), dom);
        assertTrue(dom.contains(">status</a></th><td><a href=\"" + ld.base() + "/ontology#Pledged\">Pledged</a>"));
    }

    @Test
    void ontologyPageIsAReferenceWithAnchorsPerTerm() throws Exception {
        String dom = dom("/ontology");
        assertTrue(dom.contains("<title>Parley ontology · Parley</title>"), dom);
        String guarantee = term(dom, "SecurityGuarantee");
        assertTrue(guarantee.contains("a guarantee of one party's security by others"), "its comment: " + guarantee);
        String guarantor = term(dom, "guarantor");
        assertTrue(guarantor.contains("<dt>Domain</dt><dd><a href=\"" + ld.base() + "/ontology#SecurityGuarantee\">Security guarantee</a></dd>"), guarantor);
        assertTrue(guarantor.contains("<dt>Range</dt><dd><a href=\"" + ld.base() + "/ontology#Actor\">Actor</a></dd>"), guarantor);
        assertTrue(term(dom, "status").contains(" or "), "a union domain reads 'A or B or C'");
        assertTrue(term(dom, "Pledged").contains("<dt>Type</dt><dd><a href=\"" + ld.base() + "/ontology#Status\">Status</a></dd>"), "individuals with their class");
        assertTrue(dom.contains(ld.base() + "/ontology.ttl"));
        assertFalse(dom.contains("<script"), "no script: the page is whole without JavaScript");
    }

    @Test
    void queryPageRunsACompetencyQueryWithoutLeavingTheMachine() throws Exception {
        Path netlog = tmp.resolve("netlog.json");
        String dom = dom("/query?name=05-ceasefire-before-talks&run=1", "--virtual-time-budget=15000", "--log-net-log=" + netlog);
        assertTrue(dom.contains("<option value=\"05-ceasefire-before-talks\" selected=\"\">"), "the picker shows the chosen query");
        assertTrue(dom.contains("class=\"yasgui\""), "YASGUI started");
        assertTrue(dom.contains("Keir Starmer") && dom.contains("Opposes"), "YASGUI ran the query against Parley and shows the results");
        // Chromium's net log: every request the page itself started (Chromium's own background
        // traffic to Google has no page as initiator and is not the page's doing).
        JsonObject log = JSON.parse(Files.readString(netlog));
        JsonObject types = log.get("constants").getAsObject().get("logEventTypes").getAsObject();
        int startJob = types.get("URL_REQUEST_START_JOB").getAsNumber().value().intValue();
        int pageRequests = 0;
        for (JsonValue e : log.get("events").getAsArray()) {
            JsonObject event = e.getAsObject();
            if (event.get("type").getAsNumber().value().intValue() != startJob || !event.hasKey("params")) continue;
            JsonObject params = event.get("params").getAsObject();
            if (!params.hasKey("initiator") || !params.get("initiator").getAsString().value().equals(ld.base())) continue;
            pageRequests++;
            String url = params.get("url").getAsString().value();
            assertTrue(url.startsWith(ld.base() + "/"), "the query page asked another host: " + url);
        }
        assertTrue(pageRequests >= 4, "the page's own requests were seen (stylesheets, scripts, the query): " + pageRequests);
    }

    /** The markup from a heading with this text up to the end of its section. */
    static String section(String dom, String heading) {
        int at = dom.indexOf(">" + heading + "</h2>");
        assertTrue(at >= 0, "no section '" + heading + "'");
        int end = dom.indexOf("</section>", at);
        return dom.substring(at, end);
    }

    /** The ontology page's entry for one term. */
    static String term(String dom, String local) {
        int at = dom.indexOf("id=\"" + local + "\"");
        assertTrue(at >= 0, "no entry #" + local);
        return dom.substring(at, dom.indexOf("</section>", at));
    }

    static List<String> hrefs(String dom) {
        return Pattern.compile("href=\"([^\"]*)\"").matcher(dom).results().map(r -> r.group(1)).toList();
    }
}
