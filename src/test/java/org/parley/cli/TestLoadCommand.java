package org.parley.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Fixtures;
import org.parley.store.ParleyStore;
import org.parley.text.ArticleReader;
import picocli.CommandLine;

/** `parley load`, `validate` and `query` run in-process against a real TDB2 folder. */
class TestLoadCommand {
    @TempDir Path tmp;
    Path storeDir;

    record Run(int status, String out, String err) {}

    Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Parley.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("--home", Fixtures.HOME.toString(), "--store", storeDir.toString()), Stream.of(args)).toArray(String[]::new);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @BeforeEach
    void seedStore() {
        storeDir = tmp.resolve("tdb2");
        Fixtures.storeWithDefaults(storeDir).close();
    }

    HashSet<String> quads() {
        try (ParleyStore s = ParleyStore.open(storeDir)) {
            HashSet<String> set = new HashSet<>();
            s.quads().forEach(q -> set.add(q.toString()));
            return set;
        }
    }

    @Test
    void loadingTheSameArticleTwiceLeavesTheSameStore() throws Exception {
        Path article = tmp.resolve("talks.txt");
        Files.writeString(article, "Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk in Warsaw on Tuesday.\n");
        Run first = parley("load", article.toString(), "--published", "2025-03-04", "--title", "Talks");
        assertEquals(0, first.status(), first.err());
        HashSet<String> once = quads();
        Run second = parley("load", article.toString(), "--published", "2025-03-04", "--title", "Talks");
        assertEquals(0, second.status(), second.err());
        assertEquals(once, quads());
        assertTrue(once.stream().anyMatch(q -> q.contains("/graph/article/talks")), "the article has its own graph");
    }

    @Test
    void reloadWithChangedTextReplacesTheWholeGraph() throws Exception {
        Path article = tmp.resolve("talks.txt");
        Files.writeString(article, "First version of the report. It has two sentences.\n");
        assertEquals(0, parley("load", article.toString(), "--published", "2025-03-04").status());
        Files.writeString(article, "Second version.\n");
        assertEquals(0, parley("load", article.toString(), "--published", "2025-03-04").status());
        assertTrue(quads().stream().noneMatch(q -> q.contains("First version")), "nothing of the old version is left");
    }

    static Stream<Arguments> badArticles() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty article"),
                Arguments.of("blank.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8), "empty article"),
                Arguments.of("binary.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2}, "binary"),
                Arguments.of("latin1.txt", "Zelenskiy met Macron at the \u00c9lys\u00e9e.".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8"),
                Arguments.of("huge.txt", "A sentence. ".repeat(ArticleReader.MAX_BYTES / 10).getBytes(StandardCharsets.UTF_8), "over the limit"));
    }

    @ParameterizedTest
    @MethodSource("badArticles")
    void badArticleIsRefusedWithAClearErrorAndChangesNothing(String name, byte[] content, String expected) throws Exception {
        HashSet<String> before = quads();
        Path f = tmp.resolve(name);
        Files.write(f, content);
        Run r = parley("load", f.toString(), "--published", "2025-08-18");
        assertEquals(Parley.BAD_INPUT, r.status());
        assertTrue(r.err().contains(name) && r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals(before, quads());
    }

    @Test
    void missingFileIsRefused() {
        Run r = parley("load", tmp.resolve("nope.txt").toString(), "--published", "2025-08-18");
        assertEquals(Parley.BAD_INPUT, r.status());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
    }

    @Test
    void malformedDateIsRefused() throws Exception {
        Path f = tmp.resolve("ok.txt");
        Files.writeString(f, "Leaders met in Paris.\n");
        Run r = parley("load", f.toString(), "--published", "18/08/2025");
        assertEquals(Parley.BAD_INPUT, r.status());
        assertTrue(r.err().contains("malformed date '18/08/2025'"), r.err());
    }

    @Test
    void oneBadFileAmongGoodOnesWritesNothing() throws Exception {
        HashSet<String> before = quads();
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "Leaders met in Paris.\n");
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "");
        assertEquals(Parley.BAD_INPUT, parley("load", good.toString(), bad.toString(), "--published", "2025-08-18").status());
        assertEquals(before, quads());
    }

    @Test
    void rdfFileGoesIntoItsOwnGraph() throws Exception {
        Path ttl = tmp.resolve("extra.ttl");
        Files.writeString(ttl, "<urn:x:a> <urn:x:b> \"c\" .\n");
        Run r = parley("load", ttl.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(quads().contains("[https://w3id.org/parley/graph/file/extra urn:x:a urn:x:b \"c\"]"), quads().toString().substring(0, 200));
    }

    @Test
    void quadFormatsKeepTheirGraphs() throws Exception {
        Path nq = tmp.resolve("extra.nq");
        Files.writeString(nq, "<urn:x:a> <urn:x:b> <urn:x:c> <urn:x:g> .\n");
        assertEquals(0, parley("load", nq.toString()).status());
        assertTrue(quads().contains("[urn:x:g urn:x:a urn:x:b urn:x:c]"));
    }

    @Test
    void rdfSyntaxErrorNamesTheLineAndChangesNothing() throws Exception {
        HashSet<String> before = quads();
        Path ttl = tmp.resolve("broken.ttl");
        Files.writeString(ttl, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\nex:h ex:i ex:j .\n");
        Run r = parley("load", ttl.toString());
        assertEquals(Parley.BAD_INPUT, r.status());
        assertTrue(r.err().contains("broken.ttl") && r.err().contains("line: 3"), r.err());
        assertEquals(before, quads());
    }

    @Test
    void unknownFormatIsRefused() throws Exception {
        Path f = tmp.resolve("data.xlsx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0});
        Run r = parley("load", f.toString(), "--published", "2025-08-18");
        assertEquals(Parley.BAD_INPUT, r.status());
    }

    @Test
    void defaultDataConformsToTheShapes() {
        Run r = parley("validate");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("Conforms"), r.out());
    }

    @Test
    void validateReportsViolations() throws Exception {
        Path ttl = tmp.resolve("bad-quote.ttl");
        Files.writeString(ttl, "<urn:q> a <https://w3id.org/parley/ontology#Quote> .\n");
        Run r = parley("validate", ttl.toString());
        assertEquals(Parley.FAILED_CHECK, r.status());
        assertTrue(r.out().contains("urn:q"), r.out());
    }

    @Test
    void queryCommandRunsAFileAgainstTheStore() throws Exception {
        Path rq = tmp.resolve("count.rq");
        Files.writeString(rq, "SELECT (COUNT(?s) AS ?n) { ?s a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> }");
        var bytes = new java.io.ByteArrayOutputStream();
        var old = System.out;
        System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, parley("query", rq.toString(), "--format", "csv").status());
        } finally {
            System.setOut(old);
        }
        assertEquals(List.of("n", "35"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void malformedSparqlIsABadInput() {
        Run r = parley("query", "--query", "SELECT ?x WHERE {");
        assertEquals(Parley.BAD_INPUT, r.status());
        assertTrue(r.err().contains("SPARQL syntax error"), r.err());
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        HashSet<String> before = quads();
        assertFalse(before.isEmpty());
        assertEquals(before, quads(), "reopened from disk");
    }
}
