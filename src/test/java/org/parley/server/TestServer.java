package org.parley.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Fixtures;
import org.parley.store.ParleyStore;

/** A real Fuseki server on a free port over a real TDB2 store, spoken to over real HTTP. */
class TestServer {
    @TempDir static Path tmp;
    static ParleyStore store;
    static ParleyServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = Fixtures.storeWithDefaults(tmp.resolve("tdb2"));
        Path realm = tmp.resolve("realm.properties");
        Files.writeString(realm, "admin: s3cret\nreader: pw\n");
        server = ParleyServer.create().port(0).dataset(store.datasetGraph()).passwordFile(realm).timeoutMillis(2000).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static String url(String path) { return server.baseUrl() + path; }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) { return "/parley/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8); }

    static Stream<Arguments> selectFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "\"bindings\""),
                Arguments.of("application/sparql-results+xml", "<sparql"),
                Arguments.of("text/csv", "n\r\n"),
                Arguments.of("text/tab-separated-values", "?n\n"));
    }

    @ParameterizedTest
    @MethodSource("selectFormats")
    void selectAnswersInEachResultFormat(String accept, String marker) throws Exception {
        HttpResponse<String> r = get(q("SELECT (COUNT(*) AS ?n) { ?s a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> }"), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        assertTrue(r.body().contains(marker), r.body());
        assertTrue(r.body().contains("35"), "the seed has 35 sentences: " + r.body());
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", "schema:NewsArticle"),
                Arguments.of("application/ld+json", "@id"),
                Arguments.of("application/n-triples", "<https://schema.org/NewsArticle> ."),
                Arguments.of("application/rdf+xml", "rdf:RDF"));
    }

    @ParameterizedTest
    @MethodSource("graphFormats")
    void constructAnswersInEachRdfFormat(String accept, String marker) throws Exception {
        HttpResponse<String> r = get(q("PREFIX schema: <https://schema.org/> CONSTRUCT { ?a a schema:NewsArticle } WHERE { ?a a schema:NewsArticle }"), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(marker), r.body());
    }

    @Test
    void postedQueryIsAnswered() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url("/parley/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void defaultGraphIsTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = get(q("ASK { ?c a <http://www.w3.org/2002/07/owl#Class> . ?a a <https://schema.org/NewsArticle> }"), "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<String> r = get("/parley/get?graph=" + URLEncoder.encode("https://w3id.org/parley/graph/ontology", StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("SecurityGuarantee"));
    }

    @Test
    void malformedQueryIs400WithAMessage() throws Exception {
        HttpResponse<String> r = get(q("SELECT ?x WHERE { ?x "), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("parse"), r.body());
    }

    @Test
    void slowQueryIsStoppedByTheTimeout() throws Exception {
        HttpResponse<String> r = get(q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), null);
        assertNotEquals(200, r.statusCode(), "a cross product of the whole store cannot finish in 2 s");
    }

    @Test
    void corsHeadersOnReads() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url(q("ASK {}")))).header("Origin", "http://example.org").build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals("http://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    static HttpResponse<String> update(String user, String password, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/parley/update")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesNeedTheAdmin() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:auth> { <urn:a> <urn:b> <urn:c> } }";
        long before = store.size();
        assertEquals(401, update(null, null, insert).statusCode(), "anonymous");
        assertEquals(401, update("admin", "wrong", insert).statusCode(), "wrong password");
        assertEquals(403, update("reader", "pw", insert).statusCode(), "authenticated, not admin");
        assertEquals(before, store.size(), "refused updates change nothing");
        assertEquals(2, update("admin", "s3cret", insert).statusCode() / 100, "admin");
        assertEquals(before + 1, store.size());
        assertEquals(2, update("admin", "s3cret", "DROP GRAPH <urn:test:auth>").statusCode() / 100);
        assertEquals(before, store.size());
    }

    @Test
    void graphStoreWritesNeedTheAdmin() throws Exception {
        HttpRequest anon = HttpRequest.newBuilder(URI.create(url("/parley/data?graph=urn:test:gsp")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertEquals(401, http.send(anon, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest readOnly = HttpRequest.newBuilder(URI.create(url("/parley/get?graph=urn:test:gsp")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertTrue(http.send(readOnly, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400, "the read-only endpoint refuses writes");
    }

    @Test
    void malformedUploadIsRefusedAndLeavesTheGraphAsItWas() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
        String graph = url("/parley/data?graph=" + URLEncoder.encode("urn:test:upload", StandardCharsets.UTF_8));
        HttpRequest good = HttpRequest.newBuilder(URI.create(graph)).header("Authorization", auth)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertEquals(2, http.send(good, HttpResponse.BodyHandlers.ofString()).statusCode() / 100);
        long before = store.size();
        HttpRequest bad = HttpRequest.newBuilder(URI.create(graph)).header("Authorization", auth)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .\n<urn:broken> <urn:y> ")).build();
        assertEquals(400, http.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(before, store.size(), "nothing of the bad upload was written, nothing of the graph was lost");
        HttpRequest badUpdate = HttpRequest.newBuilder(URI.create(url("/parley/update"))).header("Authorization", auth)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <urn:test:upload> ; INSERT DATA {")).build();
        assertEquals(400, http.send(badUpdate, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(before, store.size(), "a malformed update request changes nothing, not even its valid first part");
        HttpRequest cleanup = HttpRequest.newBuilder(URI.create(graph)).header("Authorization", auth).DELETE().build();
        http.send(cleanup, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutCredentialsUpdateEndpointsAreOff() throws Exception {
        ParleyServer open = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
        try {
            assertFalse(open.updatesEnabled());
            HttpRequest req = HttpRequest.newBuilder(URI.create(open.baseUrl() + "/parley/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build();
            assertEquals(404, http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertTrue(store.size() > 0);
        } finally {
            open.stop();
        }
    }

    @Test
    void fusekiAdminEndpointsAreNotServed() throws Exception {
        // FMod_Admin would open these without protection: Parley does not load it.
        for (String path : new String[] {"/$/datasets", "/$/backup/parley", "/$/compact/parley", "/$/server"}) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(404, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode(), path);
        }
    }

    @Test
    void outputBufferIsSmall() {
        var connectors = ((org.eclipse.jetty.server.Server) serverJetty()).getConnectors();
        for (var c : connectors) {
            var f = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            assertEquals(ParleyServer.OUTPUT_BUFFER, f.getHttpConfiguration().getOutputBufferSize());
        }
    }

    private static Object serverJetty() { return server.jetty(); }
}
