package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;

/** What a description holds: own triples, labels, bounded inbound links, provenance; and the pages that show it, escaped. */
class TestDescriptions {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String SCHEMA = "https://schema.org/";
    @TempDir static Path tmp;
    static LdServer ld;
    static String guarantee;

    @BeforeAll
    static void start() throws Exception {
        ld = LdServer.start(tmp, LinkedDataConfig.defaults());
        guarantee = ld.any("SecurityGuarantee", "?x <https://w3id.org/parley/ontology#beneficiary> <https://w3id.org/parley/id/state/ukraine>");
    }

    @AfterAll
    static void stop() { if (ld != null) ld.close(); }

    static Node local(String path) { return NodeFactory.createURI(ld.base() + path); }
    static Node uri(String s) { return NodeFactory.createURI(s); }

    Graph turtle(String path) throws Exception {
        HttpResponse<String> r = ld.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return LdServer.parse(r.body(), Lang.TURTLE, ld.base());
    }

    @Test
    void factCarriesItsSentencesAndArticle() throws Exception {
        Graph g = turtle(guarantee);
        Node fact = local(guarantee);
        var sources = g.find(fact, uri(PROV + "wasDerivedFrom"), Node.ANY).mapWith(Triple::getObject).toList();
        assertFalse(sources.isEmpty(), "prov:wasDerivedFrom a sentence");
        for (Node s : sources) {
            assertTrue(g.find(s, uri(NIF + "anchorOf"), Node.ANY).hasNext(), "the sentence's text: " + s);
            Node article = g.find(s, uri(SCHEMA + "isPartOf"), Node.ANY).next().getObject();
            assertTrue(g.contains(article, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(SCHEMA + "NewsArticle")));
            assertTrue(g.find(article, uri(SCHEMA + "headline"), Node.ANY).hasNext());
            assertTrue(g.find(article, uri(SCHEMA + "datePublished"), Node.ANY).hasNext());
        }
        assertTrue(g.contains(local("/id/state/ukraine"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Ukraine", "en")),
                "the labels of what it links to");
    }

    @Test
    void inboundLinksAreBoundedWithALinkToTheRest() throws Exception {
        ParleyServer small = LdServer.serve(ld.store, LinkedDataConfig.defaults().withInboundLimit(3));
        try {
            String base = small.baseUrl();
            HttpResponse<String> r = ld.get(base + "/id/state/ukraine", "Accept", "text/turtle");
            Graph g = LdServer.parse(r.body(), Lang.TURTLE, base);
            Node ukraine = NodeFactory.createURI(base + "/id/state/ukraine");
            long inbound = g.find(Node.ANY, Node.ANY, ukraine).filterDrop(t -> t.getSubject().equals(ukraine)).toList().size();
            assertEquals(3, inbound, "at most the limit");
            assertTrue(g.contains(ukraine, RDFS.seeAlso.asNode(), NodeFactory.createURI(base + "/id/state/ukraine.ttl?inbound=all")));
            Graph all = LdServer.parse(ld.get(base + "/id/state/ukraine?inbound=all", "Accept", "text/turtle").body(), Lang.TURTLE, base);
            long total = ld.store.datasetGraph().calculateRead(() -> {
                Graph seen = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                ld.store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, uri("https://w3id.org/parley/id/state/ukraine"))
                        .forEachRemaining(q -> seen.add(q.asTriple()));
                return (long) seen.size();
            });
            assertTrue(total > 3, "Ukraine has more than 3 inbound links: " + total);
            assertEquals(total, all.find(Node.ANY, Node.ANY, ukraine).filterDrop(t -> t.getSubject().equals(ukraine)).toList().size());
            String html = ld.get(base + "/id/state/ukraine", "Accept", "text/html").body();
            assertTrue(html.contains("Showing 3 of " + total + " links."), html);
            assertTrue(html.contains("href=\"" + base + "/id/state/ukraine?inbound=all\""));
        } finally {
            small.stop();
        }
    }

    @Test
    void theLinkedSparqlQueryYieldsTheSameDescription() throws Exception {
        String iri = "https://w3id.org/parley/id/person/volodymyr-zelensky";
        String query = Describer.query(iri, LinkedDataConfig.DEFAULT_INBOUND_LIMIT);
        String page = ld.get("/id/person/volodymyr-zelensky", "Accept", "text/html").body();
        assertTrue(page.contains(URLEncoder.encode(query, StandardCharsets.UTF_8)), "the page links to this very query");
        HttpResponse<String> viaSparql = ld.get("/parley/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/turtle");
        Graph expected = RdfOut.rewrite(LdServer.parse(viaSparql.body(), Lang.TURTLE, ld.base()), ld.base());
        expected.add(Triple.create(local("/id/person/volodymyr-zelensky"), OWL.sameAs.asNode(), uri(iri)));
        Graph served = turtle("/id/person/volodymyr-zelensky");
        assertTrue(IsoMatcher.isomorphic(expected, served), "served = the query's result, IRIs mapped to this server");
    }

    @Test
    void quoteSentenceHasTheQuotedWordsMarked() throws Exception {
        String quote = ld.any("Quote", "?x <https://w3id.org/parley/ontology#text> ?t FILTER(STRSTARTS(?t, \"I wish they could stop\"))");
        String html = ld.get(quote, "Accept", "text/html").body();
        assertTrue(html.contains("&quot;<mark>I wish they could stop, I&#39;d like them to stop,</mark>&quot; he said."), html);
    }

    @Test
    void articlePageListsItsSentencesInOrder() throws Exception {
        String html = ld.get("/id/article/" + LdServer.AID, "Accept", "text/html").body();
        int s2 = html.indexOf(">Sentence 2</a>"), s10 = html.indexOf(">Sentence 10</a>"), s35 = html.indexOf(">Sentence 35</a>");
        assertTrue(s2 > 0 && s2 < s10 && s10 < s35, "numeric order: " + s2 + " " + s10 + " " + s35);
        assertTrue(html.contains("<h1>Trump pledges US help on Ukraine security guarantees at White House summit</h1>"));
    }

    @Test
    void everythingFromTheStoreIsEscapedInPages() throws Exception {
        DatasetGraph dsg = ld.store.datasetGraph();
        Node g = uri("urn:test:xss");
        Node evil = uri("https://w3id.org/parley/id/person/mallory");
        Node fact = uri("https://w3id.org/parley/id/article/" + LdServer.AID + "/quote/xss");
        dsg.executeWrite(() -> {
            dsg.add(g, evil, RDFS.label.asNode(), NodeFactory.createLiteralString("<script>alert('label')</script>"));
            dsg.add(g, fact, uri("https://w3id.org/parley/ontology#speaker"), evil);
            dsg.add(g, fact, uri("https://w3id.org/parley/ontology#text"), NodeFactory.createLiteralString("\"><img src=x onerror=alert(1)>"));
            dsg.add(g, fact, RDFS.seeAlso.asNode(), uri("javascript:alert(1)"));
        });
        try {
            for (String path : new String[] {"/id/person/mallory", "/id/article/" + LdServer.AID + "/quote/xss"}) {
                String html = ld.get(path, "Accept", "text/html").body();
                assertFalse(html.contains("<script>alert"), html);
                assertFalse(html.contains("<img src=x"), html);
                assertFalse(html.contains("href=\"javascript:"), html);
                assertTrue(html.contains("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;"), html);
            }
        } finally {
            dsg.executeWrite(() -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        }
    }
}
