package org.parley.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.store.ParleyStore;

/** Data written through the server survives stopping it and opening the same TDB2 folder again. */
class TestRestart {
    @TempDir Path tmp;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shutdownAndRestartKeepTheData() throws Exception {
        Path dir = tmp.resolve("tdb2");
        ParleyStore store = Fixtures.storeWithDefaults(dir);
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).adminPassword("pw").build().start();
        long before;
        try {
            HttpRequest insert = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/parley/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:test:restart> { <urn:a> <urn:b> \"kept\" } }")).build();
            assertEquals(2, http.send(insert, HttpResponse.BodyHandlers.ofString()).statusCode() / 100);
            before = store.size();
        } finally {
            server.stop();
            store.close();
        }
        ParleyStore reopened = ParleyStore.open(dir);
        ParleyServer again = ParleyServer.create().port(0).dataset(reopened.datasetGraph()).build().start();
        try {
            assertEquals(before, reopened.size(), "every quad is still there");
            String q = URLEncoder.encode("ASK { GRAPH <urn:test:restart> { <urn:a> <urn:b> \"kept\" } }", StandardCharsets.UTF_8);
            HttpRequest ask = HttpRequest.newBuilder(URI.create(again.baseUrl() + "/parley/sparql?query=" + q))
                    .header("Accept", "application/sparql-results+json").build();
            assertTrue(http.send(ask, HttpResponse.BodyHandlers.ofString()).body().contains("true"));
        } finally {
            again.stop();
            reopened.close();
        }
    }
}
