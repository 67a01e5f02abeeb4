package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of Parley IRI, dereferenced over real HTTP: negotiation, overrides, status codes, caching headers, gzip, CORS. */
class TestDereferencing {
    @TempDir static Path tmp;
    static LdServer ld;
    static String guarantee;

    @BeforeAll
    static void start() throws Exception {
        ld = LdServer.start(tmp, LinkedDataConfig.defaults());
        guarantee = ld.any("SecurityGuarantee", "");
    }

    @AfterAll
    static void stop() { if (ld != null) ld.close(); }

    static final String A = "/id/article/" + LdServer.AID;

    /** One resource of each kind the issue names: entity, fact, article, sentence, named graph, ontology. */
    static Stream<String> resources() {
        return Stream.of("/id/person/donald-trump", "/id/state/ukraine", guarantee, A, A + "/sentence/1",
                "/graph/article/" + LdServer.AID, "/ontology");
    }

    static Stream<Arguments> resourcesTimesFormats() {
        return resources().flatMap(r -> Stream.of(
                Arguments.of(r, "text/turtle", Lang.TURTLE),
                Arguments.of(r, "application/ld+json", Lang.JSONLD),
                Arguments.of(r, "application/rdf+xml", Lang.RDFXML),
                Arguments.of(r, "application/n-triples", Lang.NTRIPLES)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("resourcesTimesFormats")
    void everyKindOfResourceDereferencesInEveryRdfFormat(String path, String accept, Lang lang) throws Exception {
        HttpResponse<String> r = ld.get(path, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept + ";charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.stream(r.headers().firstValue("Vary").orElse("").split(",")).map(String::strip).anyMatch("Accept"::equals),
                "Vary: Accept");
        assertEquals(ld.base() + path + "." + Negotiator.choose(accept, ResourceServlet.GRAPH_FORMATS).get().name,
                r.headers().firstValue("Content-Location").orElse(""), "names the document it sent");
        Graph g = LdServer.parse(r.body(), lang, ld.base() + path);
        assertFalse(g.isEmpty(), "a description, not an empty document");
        assertTrue(g.find(Node.ANY, Node.ANY, Node.ANY).toList().stream().anyMatch(t -> t.getSubject().isURI()
                && (t.getSubject().getURI().equals(ld.base() + path) || path.equals("/ontology") || path.startsWith("/graph/"))),
                "statements about the resource under this server's address");
    }

    @ParameterizedTest(name = "{0} as HTML")
    @MethodSource("resources")
    void everyKindOfResourceHasAPage(String path) throws Exception {
        HttpResponse<String> r = ld.get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().startsWith("<!DOCTYPE html>"), r.body());
        assertTrue(r.body().contains("/static/parley.css"));
    }

    @Test
    void resourceLinksToTheCanonicalIriAndUsesLocalLinks() throws Exception {
        HttpResponse<String> r = ld.get("/id/person/donald-trump", "Accept", "text/turtle");
        Graph g = LdServer.parse(r.body(), Lang.TURTLE, ld.base());
        Node local = NodeFactory.createURI(ld.base() + "/id/person/donald-trump");
        assertTrue(g.contains(local, OWL.sameAs.asNode(), NodeFactory.createURI("https://w3id.org/parley/id/person/donald-trump")));
        assertTrue(g.contains(local, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q22686")));
        assertTrue(g.contains(NodeFactory.createURI(ld.base() + "/id/tenure/donald-trump-us-president-2025"), Node.ANY, local),
                "what links to it, under this server's address too");
        assertTrue(g.contains(Node.ANY, Node.ANY, NodeFactory.createURI("https://w3id.org/parley/ontology#Leader")),
                "vocabulary terms keep their canonical IRIs");
    }

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of("/id/state/ukraine.ttl", "text/turtle"),
                Arguments.of("/id/state/ukraine.jsonld", "application/ld+json"),
                Arguments.of("/id/state/ukraine.rdf", "application/rdf+xml"),
                Arguments.of("/id/state/ukraine.nt", "application/n-triples"),
                Arguments.of("/id/state/ukraine.html", "text/html"),
                Arguments.of("/id/state/ukraine?format=ttl", "text/turtle"),
                Arguments.of("/id/state/ukraine?format=jsonld", "application/ld+json"),
                Arguments.of("/id/state/ukraine?format=html", "text/html"),
                Arguments.of("/id/state/ukraine.ttl?format=ttl", "text/turtle"),
                Arguments.of("/graph/article/" + LdServer.AID + ".trig", "application/trig"),
                Arguments.of("/graph/article/" + LdServer.AID + ".nq", "application/n-quads"),
                Arguments.of("/graph/article/" + LdServer.AID + "?format=nq", "application/n-quads"),
                Arguments.of("/ontology.ttl", "text/turtle"),
                Arguments.of("/ontology?format=rdf", "application/rdf+xml"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("overrides")
    void formatInTheUrlOverridesAccept(String path, String type) throws Exception {
        HttpResponse<String> r = ld.get(path, "Accept", "image/png");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(type + ";charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertFalse(java.util.Arrays.stream(r.headers().firstValue("Vary").orElse("").split(",")).map(String::strip).anyMatch("Accept"::equals),
                "the URL alone decides, so no Vary: Accept: " + r.headers().firstValue("Vary"));
    }

    @Test
    void articleGraphAsQuadsNamesTheGraph() throws Exception {
        HttpResponse<String> r = ld.get("/graph/article/" + LdServer.AID, "Accept", "application/n-quads");
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(ds);
        assertTrue(ds.containsGraph(NodeFactory.createURI(ld.base() + "/graph/article/" + LdServer.AID)));
        long stored = ld.store.datasetGraph().calculateRead(() ->
                (long) ld.store.datasetGraph().getGraph(NodeFactory.createURI("https://w3id.org/parley/graph/article/" + LdServer.AID)).size());
        long[] sent = {0};
        ds.find().forEachRemaining(q -> sent[0]++);
        assertEquals(stored, sent[0], "the whole graph");
    }

    @Test
    void articleAskedForAsQuadsIsSentToItsGraph() throws Exception {
        HttpResponse<String> r = ld.get(A, "Accept", "application/trig");
        assertEquals(303, r.statusCode());
        assertEquals(ld.base() + "/graph/article/" + LdServer.AID + ".trig", r.headers().firstValue("Location").orElse(""));
        assertEquals(303, ld.get(A + ".nq").statusCode());
        assertEquals(200, ld.get(A, "Accept", "application/trig, text/turtle").statusCode(), "Turtle wins the tie and is served");
        assertTrue(ld.get(A, "Accept", "text/html").body().contains("href=\"" + ld.base() + "/graph/article/" + LdServer.AID + ".trig\""),
                "the article's page links to its graph");
    }

    @Test
    void unsupportedTypeIs406WithAPlainMessage() throws Exception {
        HttpResponse<String> r = ld.get("/id/state/ukraine", "Accept", "image/png, application/pdf;q=0.5");
        assertEquals(406, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().contains("text/turtle") && r.body().contains("image/png"), r.body());
        assertEquals(406, ld.get("/id/state/ukraine.trig").statusCode(), "quads only for named graphs");
    }

    @Test
    void badFormatOverrideIs400() throws Exception {
        HttpResponse<String> r = ld.get("/id/state/ukraine?format=docx");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("ttl"), r.body());
        assertEquals(400, ld.get("/id/state/ukraine.ttl?format=nt").statusCode(), "suffix and parameter disagree");
    }

    static Stream<String> unknown() {
        return Stream.of("/id/person/nobody-at-all", "/id/state/atlantis.ttl", "/graph/article/no-such-article", "/graph/nothing.trig",
                "/id/article/" + LdServer.AID + "/sentence/999", "/id/", "/id/a%20b", "/graph");
    }

    @ParameterizedTest(name = "404 for {0}")
    @MethodSource("unknown")
    void unknownIriIs404NotAnEmpty200(String path) throws Exception {
        HttpResponse<String> r = ld.get(path, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), r.body());
        assertFalse(r.body().isBlank(), "a message says why");
    }

    @Test
    void ontologyTermPathRedirectsToItsEntry() throws Exception {
        HttpResponse<String> r = ld.get("/ontology/SecurityGuarantee");
        assertEquals(303, r.statusCode());
        assertEquals(ld.base() + "/ontology#SecurityGuarantee", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void corsHeadersOnReads() throws Exception {
        HttpResponse<String> r = ld.get("/id/state/ukraine", "Origin", "http://example.org", "Accept", "application/ld+json");
        assertEquals("http://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Origin"), "caches keep answers per origin apart");
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    @Test
    void etagGives304WhenNothingChangedAndChangesWithTheDescription() throws Exception {
        String path = "/id/territory/crimea";
        HttpResponse<String> first = ld.get(path, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.startsWith("W/\""), etag);
        HttpResponse<String> again = ld.get(path, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(304, ld.get(path, "Accept", "text/turtle", "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(304, ld.get(path, "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, ld.get(path, "Accept", "text/turtle", "If-None-Match", "W/\"stale\"").statusCode());
        assertNotEquals(etag, ld.get(path, "Accept", "application/n-triples").headers().firstValue("ETag").orElse(""),
                "each representation its own tag");
        Node crimea = NodeFactory.createURI("https://w3id.org/parley/id/territory/crimea");
        Node note = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#note");
        Node graph = NodeFactory.createURI("urn:test:etag");
        DatasetGraph dsg = ld.store.datasetGraph();
        dsg.executeWrite(() -> dsg.add(graph, crimea, note, NodeFactory.createLiteralString("changed")));
        try {
            HttpResponse<String> changed = ld.get(path, "Accept", "text/turtle", "If-None-Match", etag);
            assertEquals(200, changed.statusCode(), "the description changed, so the old tag no longer matches");
            assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(""));
        } finally {
            dsg.executeWrite(() -> dsg.delete(graph, crimea, note, NodeFactory.createLiteralString("changed")));
        }
    }

    @Test
    void gzipWhenTheClientAcceptsIt() throws Exception {
        String path = "/id/state/ukraine";
        HttpResponse<byte[]> zipped = ld.getBytes(path, "Accept", "text/turtle", "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        HttpResponse<String> plain = ld.get(path, "Accept", "text/turtle");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(plain.body(), unzipped);
        assertTrue(zipped.body().length < plain.body().length() / 2, "compressed");
        assertTrue(ld.getBytes(path, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> r = LdServer.HTTP.send(ld.request("/id/state/ukraine", "Accept", "text/turtle")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertTrue(r.headers().firstValue("ETag").isPresent());
    }

    @Test
    void datasetEndpointsStayOutOfResourceSpace() throws Exception {
        HttpResponse<String> r = ld.get("/parley/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("boolean"));
    }

    @Test
    void configuredPublicBaseDecidesEveryLink() throws Exception {
        var other = LdServer.serve(ld.store, LinkedDataConfig.defaults().withBase("https://parley.example.org/"));
        try {
            HttpResponse<String> r = ld.get(other.baseUrl() + "/id/person/donald-trump", "Accept", "text/turtle");
            Graph g = LdServer.parse(r.body(), Lang.TURTLE, "https://parley.example.org/");
            assertTrue(g.contains(NodeFactory.createURI("https://parley.example.org/id/person/donald-trump"), OWL.sameAs.asNode(),
                    NodeFactory.createURI("https://w3id.org/parley/id/person/donald-trump")));
            assertEquals("https://parley.example.org/id/person/donald-trump.ttl", r.headers().firstValue("Content-Location").orElse(""));
            String html = ld.get(other.baseUrl() + "/id/person/donald-trump", "Accept", "text/html").body();
            assertTrue(html.contains("href=\"https://parley.example.org/id/tenure/donald-trump-us-president-2025\""), html);
            assertFalse(html.contains("localhost"), "no link to the address the server happens to listen on");
        } finally {
            other.stop();
        }
    }
}
