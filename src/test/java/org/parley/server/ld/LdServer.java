package org.parley.server.ld;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.Fixtures;
import org.parley.server.ParleyServer;
import org.parley.store.ParleyStore;

/** A real Parley server with linked data on a free port, over a real TDB2 store with the default data. */
final class LdServer implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String AID = "white-house-summit-2025-08-18";

    final ParleyStore store;
    final ParleyServer server;

    private LdServer(ParleyStore store, ParleyServer server) {
        this.store = store;
        this.server = server;
    }

    static LdServer start(Path dir, LinkedDataConfig cfg) {
        ParleyStore store = Fixtures.storeWithDefaults(dir.resolve("tdb2"));
        return new LdServer(store, serve(store, cfg));
    }

    /** Another server over the same store, e.g. with another configuration. */
    static ParleyServer serve(ParleyStore store, LinkedDataConfig cfg) {
        return ParleyServer.create().port(0).dataset(store.datasetGraph()).linkedData(cfg.withQueries(Fixtures.HOME.resolve("queries")))
                .build().start();
    }

    String base() { return server.baseUrl(); }

    /**
     * The server path of some resource of a Parley class, found by SPARQL: tests must not assume
     * the keys the extractor mints for facts. {@code where} adds conditions on {@code ?x}.
     */
    String any(String parleyClass, String where) throws Exception {
        String q = "SELECT ?x WHERE { ?x a <https://w3id.org/parley/ontology#" + parleyClass + "> . " + where + " } ORDER BY ?x LIMIT 1";
        HttpResponse<String> r = get("/parley/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), "Accept", "text/csv");
        java.util.List<String> rows = r.body().lines().toList();
        if (rows.size() < 2) throw new AssertionError("no parley:" + parleyClass + " with " + where + " in the store");
        return org.parley.server.ld.IriMapper.pathOf(rows.get(1).strip()).orElseThrow();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return HTTP.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        return HTTP.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b;
    }

    /** Parses a response body; fails the test with the parser's message if it is not valid RDF. */
    static Graph parse(String body, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(base).parse(g);
        return g;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
