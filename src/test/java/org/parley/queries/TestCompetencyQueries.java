package org.parley.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Fixtures;
import org.parley.server.ParleyServer;
import org.parley.server.ld.CompetencyQueries;
import org.parley.server.ld.LinkedDataConfig;
import org.parley.store.ParleyStore;

/**
 * Runs every competency query in {@code queries/} against a real server over HTTP and compares
 * its results, as SPARQL CSV with the rows sorted, with {@code NN-name.expected.csv} beside it.
 * A query without an expected file fails; so does an expected file without a query.
 */
class TestCompetencyQueries {
    static final Path DIR = Fixtures.HOME.resolve("queries");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir static Path tmp;
    static ParleyStore store;
    static ParleyServer server;

    @BeforeAll
    static void start() {
        store = Fixtures.storeWithDefaults(tmp.resolve("tdb2"));
        server = ParleyServer.create().port(0).dataset(store.datasetGraph())
                .linkedData(LinkedDataConfig.defaults().withQueries(DIR)).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static Stream<String> queries() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(String file) throws Exception {
        assertTrue(CompetencyQueries.FILE_NAME.matcher(file).matches(), file + ": name it NN-name.rq (lower case, digits, dashes)");
        String query = Files.readString(DIR.resolve(file));
        String question = CompetencyQueries.question(query);
        assertTrue(query.startsWith("# ") && question.endsWith("?"), file + ": open with a # comment asking the question, ending in '?'");
        Path expectedFile = DIR.resolve(file.replaceFirst("\\.rq$", ".expected.csv"));
        assertTrue(Files.isRegularFile(expectedFile), file + ": no expected results beside it (" + expectedFile.getFileName()
                + "); write them as SPARQL CSV with sorted rows");
        List<List<String>> expected = Csv.parse(Files.readAllLines(expectedFile).stream()
                .dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n")));
        assertFalse(expected.isEmpty(), expectedFile + ": needs at least the header row");

        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/parley/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), file + ": " + r.body());
        List<List<String>> actual = Csv.parse(r.body());

        assertEquals(expected.get(0), actual.get(0), file + ": the columns");
        assertEquals(sorted(expected.subList(1, expected.size())), sorted(actual.subList(1, actual.size())),
                file + " (" + question + "): the rows, sorted");
    }

    @Test
    void atLeastFifteenQueriesAndNoOrphanedExpectations() throws Exception {
        List<String> queries = queries().toList();
        assertTrue(queries.size() >= 15, "the issue asks for at least 15 competency queries: " + queries);
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.csv"))
                    .filter(n -> !queries.contains(n.replace(".expected.csv", ".rq"))).toList();
            assertEquals(List.of(), orphans, "expected results whose query is gone");
        }
    }

    @Test
    void theCommandLineRunsAQueryFile() {
        var out = new java.io.ByteArrayOutputStream();
        var previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = org.parley.cli.Parley.commandLine().execute("query", DIR.resolve("12-articles.rq").toString(),
                    "--endpoint", server.baseUrl() + "/parley/sparql", "--format", "csv");
        } finally {
            System.setOut(previous);
        }
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("white-house-summit-2025-08-18,2025-08-18"), out.toString(StandardCharsets.UTF_8));
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(row -> String.join("\u0000", row)));
        return out;
    }
}
