package org.parley.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.parley.rdf.Pipeline;
import org.parley.text.ArticleReader;
import org.parley.text.InputException;

/**
 * Runs the pipeline on every article that has a gold file ({@code data/gold/ID.tsv} next to
 * {@code data/articles/ID.txt}) and scores each fact kind.
 */
public final class Evaluation {
    /** The result for one article: a score per kind, and the tuples that did not match. */
    public record ArticleResult(String id, Map<String, Score> byKind, Set<String> missed, Set<String> spurious) {
        public Score total() {
            return byKind.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        }
    }

    private final Pipeline pipeline;
    private final Path goldDir;
    private final Path articleDir;

    /** Gold files {@code goldDir/ID.tsv}, articles {@code articleDir/ID.txt} (with their .properties). */
    public Evaluation(Pipeline pipeline, Path goldDir, Path articleDir) {
        this.pipeline = pipeline;
        this.goldDir = goldDir;
        this.articleDir = articleDir;
    }

    public List<ArticleResult> run() {
        List<ArticleResult> out = new ArrayList<>();
        for (Path gold : goldFiles()) {
            String id = gold.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path article = articleDir.resolve(id + ".txt");
            if (!Files.isRegularFile(article)) throw new InputException(gold + ": no article " + article);
            out.add(score(id, Tuples.gold(gold), Tuples.of(pipeline.run(ArticleReader.read(article, null, null)).graph())));
        }
        return out;
    }

    static ArticleResult score(String id, Set<String> expected, Set<String> found) {
        Map<String, Score> byKind = new LinkedHashMap<>();
        for (String kind : Tuples.kinds()) {
            Set<String> e = filter(expected, kind);
            Set<String> f = filter(found, kind);
            if (!e.isEmpty() || !f.isEmpty()) byKind.put(kind, Score.of(e, f));
        }
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<String> spurious = new TreeSet<>(found);
        spurious.removeAll(expected);
        return new ArticleResult(id, byKind, missed, spurious);
    }

    private static Set<String> filter(Set<String> tuples, String kind) {
        Set<String> out = new TreeSet<>();
        for (String t : tuples) if (Tuples.kind(t).equals(kind)) out.add(t);
        return out;
    }

    private List<Path> goldFiles() {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(goldDir + ": cannot list gold files (" + e.getMessage() + ")", e);
        }
    }

    /** The scores of several articles added up, per kind. */
    public static Score total(List<ArticleResult> results) {
        return results.stream().map(ArticleResult::total).reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Prints a table per article and the totals per kind over all articles. */
    public static void print(List<ArticleResult> results, PrintWriter out, boolean details) {
        Map<String, Score> totals = new LinkedHashMap<>();
        for (ArticleResult r : results) {
            out.printf("%s%n", r.id());
            r.byKind().forEach((k, s) -> line(out, "  " + k, s));
            line(out, "  all", r.total());
            if (details) {
                r.missed().forEach(t -> out.println("    missed:   " + t.replace('\t', ' ')));
                r.spurious().forEach(t -> out.println("    spurious: " + t.replace('\t', ' ')));
            }
            r.byKind().forEach((k, s) -> totals.merge(k, s, Score::plus));
        }
        out.println("all articles");
        totals.forEach((k, s) -> line(out, "  " + k, s));
        line(out, "  all", totals.values().stream().reduce(new Score(0, 0, 0), Score::plus));
        out.flush();
    }

    private static void line(PrintWriter out, String name, Score s) {
        out.printf("%-20s P %.2f  R %.2f  F1 %.2f   (tp %d, fp %d, fn %d)%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
