package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a program finds its way in: VoID, the SPARQL service description, the dump, the home and query pages, the static files. */
class TestDiscovery {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    @TempDir static Path tmp;
    static LdServer ld;

    @BeforeAll
    static void start() { ld = LdServer.start(tmp, LinkedDataConfig.defaults()); }

    @AfterAll
    static void stop() { if (ld != null) ld.close(); }

    static Node uri(String s) { return NodeFactory.createURI(s); }

    long storeQuads() { return ld.store.size(); }

    long count(String sparql) {
        DatasetGraph dsg = ld.store.datasetGraph();
        return dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = ld.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = LdServer.parse(r.body(), Lang.TURTLE, ld.base());
        Node ds = uri(ld.base() + "/.well-known/void#parley");
        assertTrue(g.contains(ds, RDF.type.asNode(), VOID.Dataset.asNode()));
        assertTrue(g.contains(ds, VOID.sparqlEndpoint.asNode(), uri(ld.base() + "/parley/sparql")));
        assertTrue(g.contains(ds, VOID.dataDump.asNode(), uri(ld.base() + "/dump/parley.nq.gz")));
        assertTrue(g.contains(ds, DCTerms.license.asNode(), uri("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(g.contains(ds, VOID.vocabulary.asNode(), uri("https://w3id.org/parley/ontology#")));
        assertEquals(Long.toString(storeQuads()), g.find(ds, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        long leaders = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <https://w3id.org/parley/ontology#Leader> } }");
        Node partition = g.find(Node.ANY, VOID._class.asNode(), uri("https://w3id.org/parley/ontology#Leader")).next().getSubject();
        assertTrue(g.contains(ds, VOID.classPartition.asNode(), partition));
        assertEquals(Long.toString(leaders), g.find(partition, VOID.entities.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("text/html;charset=utf-8", ld.get("/.well-known/void", "Accept", "text/html").headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, ld.get("/.well-known/void.jsonld").statusCode());
    }

    @Test
    void serviceDescriptionOnAPlainGetOfTheEndpoint() throws Exception {
        HttpResponse<String> r = ld.get("/parley/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = LdServer.parse(r.body(), Lang.TURTLE, ld.base());
        Node svc = g.find(Node.ANY, RDF.type.asNode(), uri(SD + "Service")).next().getSubject();
        assertTrue(g.contains(svc, uri(SD + "endpoint"), uri(ld.base() + "/parley/sparql")));
        assertTrue(g.contains(svc, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
        assertTrue(g.contains(svc, uri(SD + "feature"), uri(SD + "UnionDefaultGraph")));
        assertTrue(g.contains(Node.ANY, uri(SD + "name"), uri("https://w3id.org/parley/graph/ontology")),
                "named graphs by the names SPARQL knows them by");
        assertEquals(200, ld.get("/parley/sparql", "Accept", "application/ld+json").statusCode());
        HttpResponse<String> q = ld.get("/parley/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertTrue(q.body().contains("\"boolean\""), "queries still reach Fuseki: " + q.body());
    }

    @Test
    void dumpIsTheWholeDatasetAsGzippedNQuads() throws Exception {
        HttpResponse<byte[]> r = ld.getBytes("/dump/parley.nq.gz");
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(ds);
        long[] n = {0};
        ds.find().forEachRemaining(q -> n[0]++);
        assertEquals(storeQuads(), n[0]);
        assertTrue(ds.containsGraph(uri("https://w3id.org/parley/graph/article/" + LdServer.AID)), "canonical graph names, as in SPARQL");
        assertEquals(404, ld.get("/dump/other.nq.gz").statusCode());
    }

    @Test
    void homeAndQueryPagesListTheCompetencyQueries() throws Exception {
        String home = ld.get("/").body();
        assertTrue(home.contains("Which leaders took part in the White House summit of 18 August 2025"), home);
        String query = ld.get("/query?name=01-summit-leaders").body();
        assertTrue(query.contains("<option value=\"01-summit-leaders\" selected>"), query);
        assertTrue(query.contains("<script src=\"" + ld.base() + "/static/yasgui/yasgui.min.js\"></script>"));
        HttpResponse<String> file = ld.get("/queries/01-summit-leaders.rq");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("# Which leaders"));
        assertEquals(404, ld.get("/queries/99-nothing.rq").statusCode());
        assertTrue(ld.get("/queries/..%2Fpom.xml").statusCode() >= 400, "no way out of the queries");
        String evil = ld.get("/query?query=%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertFalse(evil.contains("</script><script>alert(1)"), "the query text cannot close the script element");
    }

    @Test
    void staticFilesAreServedCompressedAndCacheable() throws Exception {
        HttpResponse<byte[]> js = ld.getBytes("/static/yasgui/yasgui.min.js", "Accept-Encoding", "gzip");
        assertEquals(200, js.statusCode());
        assertEquals("gzip", js.headers().firstValue("Content-Encoding").orElse(""));
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(js.body())).readAllBytes();
        assertTrue(plain.length > 500_000 && js.body().length < plain.length / 2, "the YASGUI bundle, gzipped");
        String etag = js.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, ld.get("/static/yasgui/yasgui.min.js", "If-None-Match", etag).statusCode());
        assertEquals(200, ld.get("/static/parley.css").statusCode());
        assertEquals(404, ld.get("/static/nothing.js").statusCode());
    }
}
