package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.parley.Fixtures;
import org.parley.server.ParleyServer;
import org.parley.server.ld.LinkedDataConfig;
import org.parley.store.ParleyStore;

/**
 * How long Parley takes to serve a resource page and a Turtle description: a real server over a
 * real TDB2 store with the default data, spoken to over HTTP from one client, one request at a
 * time, after a warm-up. Prints the median and the 90th percentile per kind.
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parley.bench.BenchLinkedData [requests]
 * </pre>
 */
public final class BenchLinkedData {
    record Case(String name, String path, String accept) {}

    static final List<Case> CASES = List.of(
            new Case("HTML page, leader", "/id/person/donald-trump", "text/html"),
            new Case("Turtle, leader", "/id/person/donald-trump", "text/turtle"),
            new Case("HTML page, state", "/id/state/ukraine", "text/html"),
            new Case("Turtle, state", "/id/state/ukraine", "text/turtle"),
            new Case("HTML page, sentence", "/id/article/white-house-summit-2025-08-18/sentence/1", "text/html"),
            new Case("Turtle, sentence", "/id/article/white-house-summit-2025-08-18/sentence/1", "text/turtle"),
            new Case("HTML, home page", "/", "text/html"));

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = Math.max(50, n / 2);
        Path dir = Files.createTempDirectory("parley-bench");
        ParleyStore store = Fixtures.storeWithDefaults(dir.resolve("tdb2"));
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph())
                .linkedData(LinkedDataConfig.defaults().withQueries(Fixtures.HOME.resolve("queries"))).build().start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            System.out.printf("%d requests per case after %d warm-up requests, one at a time, %d cores%n",
                    n, warmup, Runtime.getRuntime().availableProcessors());
            System.out.printf("%-22s %10s %10s %10s%n", "case", "median ms", "p90 ms", "bytes");
            for (Case c : CASES) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + c.path())).header("Accept", c.accept()).build();
                int bytes = 0;
                for (int i = 0; i < warmup; i++) bytes = check(http.send(req, HttpResponse.BodyHandlers.ofByteArray()), c).length;
                long[] nanos = new long[n];
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    check(http.send(req, HttpResponse.BodyHandlers.ofByteArray()), c);
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                System.out.printf("%-22s %10.2f %10.2f %10d%n", c.name(), nanos[n / 2] / 1e6, nanos[(int) (n * 0.9)] / 1e6, bytes);
            }
        } finally {
            server.stop();
            store.close();
        }
    }

    private static byte[] check(HttpResponse<byte[]> r, Case c) {
        if (r.statusCode() != 200) throw new IllegalStateException(c.path() + " as " + c.accept() + ": HTTP " + r.statusCode());
        return r.body();
    }
}
