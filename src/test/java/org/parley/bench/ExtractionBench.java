package org.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.extract.Facts;
import org.parley.mention.Annotated;
import org.parley.mention.Gazetteer;
import org.parley.mention.MentionFinder;
import org.parley.rdf.FactWriter;
import org.parley.rdf.Pipeline;
import org.parley.rdf.ReferenceData;
import org.parley.rdf.TextLayer;
import org.parley.text.Article;
import org.parley.text.ArticleReader;
import org.parley.text.Document;
import org.parley.text.TextPipeline;

/**
 * Extraction speed: the whole way from article text to its graph ({@link Pipeline#run}) over
 * every {@code data/articles/*.txt}, after a warm-up. Not a JUnit test (surefire leaves
 * {@code **}{@code /bench/**} out) and not a timed assertion: it prints figures for people.
 *
 * <p>Single thread only: {@code Pipeline.run} is safe to call from several threads only because
 * {@code TextPipeline.process} is {@code synchronized} (the OpenNLP "ME" classes are not
 * thread-safe), so a second thread would mostly wait on that lock and measure contention,
 * not throughput. Run one process per core to use more cores.
 *
 * <p>Run from the project folder (README, "Benchmarks"):
 * <pre>
 * ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * javac -d target/bench-classes -cp target/classes:$(cat target/cp.txt) src/test/java/org/parley/bench/ExtractionBench.java
 * java -cp target/bench-classes:target/classes:$(cat target/cp.txt) org.parley.bench.ExtractionBench [PASSES]
 * </pre>
 * {@code PASSES} is the number of measured passes over all articles (default 50). The warm-up
 * is 20 passes or 10 seconds, whichever ends first.
 */
public final class ExtractionBench {
    private static final int WARMUP_PASSES = 20;
    private static final long WARMUP_NANOS = 10_000_000_000L;
    private static final String SEED_FALLBACK = "white-house-summit-2025-08-18";

    private ExtractionBench() {}

    /** One article with its size and its timings (wall-clock and this thread's CPU nanoseconds, one a measured pass). */
    private record Item(Path file, Article article, int bytes, int words, long[] nanos, long[] cpu) {}

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        if (passes < 1) throw new IllegalArgumentException("PASSES must be at least 1: " + passes);
        Path data = Path.of("data");
        Path articlesDir = data.resolve("articles");
        if (!Files.isDirectory(articlesDir)) {
            System.err.println("ExtractionBench: no " + articlesDir.toAbsolutePath() + " (run it from the project folder)");
            System.exit(2);
        }

        long t0 = System.nanoTime();
        Pipeline pipeline = new Pipeline(data);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;

        List<Path> files;
        try (Stream<Path> s = Files.list(articlesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("ExtractionBench: no .txt articles in " + articlesDir);
            System.exit(2);
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            Article a = ArticleReader.read(f, null, null);
            int words = a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
            items.add(new Item(f, a, a.text().getBytes(StandardCharsets.UTF_8).length, words, new long[passes], new long[passes]));
        }
        String seedId = seedId(data);

        System.out.println("Parley extraction benchmark: Pipeline.run, text to graph, single thread");
        System.out.println("  (Pipeline.run is thread-safe only because TextPipeline.process is synchronized;");
        System.out.println("   more threads would wait on that lock, so only one thread is measured)");
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), mib(Runtime.getRuntime().maxMemory()));
        System.out.printf(Locale.ROOT, "pipeline built in %.2f s (OpenNLP models, reference data, lexicons)%n", buildSeconds);
        System.out.printf(Locale.ROOT, "%d articles, %d bytes, %d words in all%n", items.size(),
                items.stream().mapToInt(Item::bytes).sum(), items.stream().mapToInt(Item::words).sum());

        // Warm-up: let the JIT compile the hot paths before anything is timed.
        long checksum = 0;
        long w0 = System.nanoTime();
        int warm = 0;
        while (warm < WARMUP_PASSES && System.nanoTime() - w0 < WARMUP_NANOS) {
            for (Item it : items) checksum += runOnce(pipeline, it.article());
            warm++;
        }
        System.out.printf(Locale.ROOT, "warm-up: %d passes in %.1f s; measuring %d passes%n", warm, (System.nanoTime() - w0) / 1e9, passes);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long m0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Item it : items) {
                long c = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
                long s = System.nanoTime();
                checksum += runOnce(pipeline, it.article());
                it.nanos()[p] = System.nanoTime() - s;
                it.cpu()[p] = cpuTime ? threads.getCurrentThreadCpuTime() - c : it.nanos()[p];
            }
        }
        long total = System.nanoTime() - m0;

        long[] all = items.stream().flatMapToLong(it -> Arrays.stream(it.nanos())).sorted().toArray();
        int runs = all.length;
        System.out.println();
        System.out.printf(Locale.ROOT, "all: %d runs in %.2f s: %.1f articles/s; per article median %.1f ms, p90 %.1f ms, mean %.1f ms%n",
                runs, total / 1e9, runs / (total / 1e9), ms(percentile(all, 50)), ms(percentile(all, 90)), ms(mean(all)));
        long[] allCpu = items.stream().flatMapToLong(it -> Arrays.stream(it.cpu())).sorted().toArray();
        System.out.printf(Locale.ROOT, "cpu: %.1f articles per CPU-second; per article median %.1f ms, p90 %.1f ms of this thread's CPU time%n",
                runs / (Arrays.stream(allCpu).sum() / 1e9), ms(percentile(allCpu, 50)), ms(percentile(allCpu, 90)));
        System.out.println("  (wall-clock figures include time the thread waited for a core; on a busy machine the CPU figures are steadier)");
        System.out.println();
        System.out.println("per article, by size:");
        System.out.printf(Locale.ROOT, "  %-40s %7s %6s %5s %6s %9s %9s %9s %9s%n", "article", "bytes", "words", "sent.", "facts",
                "median", "p90", "cpu med", "ms/1k w");
        List<Item> bySize = new ArrayList<>(items);
        bySize.sort(Comparator.comparingInt(Item::bytes));
        for (Item it : bySize) {
            long[] ns = it.nanos().clone();
            Arrays.sort(ns);
            Pipeline.Result r = pipeline.run(it.article());
            long[] cs = it.cpu().clone();
            Arrays.sort(cs);
            double med = ms(percentile(ns, 50));
            System.out.printf(Locale.ROOT, "  %-40s %7d %6d %5d %6d %6.1f ms %6.1f ms %6.1f ms %9.1f%n", it.article().id(), it.bytes(), it.words(),
                    r.document().sentences().size(), r.factCount(), med, ms(percentile(ns, 90)), ms(percentile(cs, 50)),
                    med * 1000.0 / Math.max(1, it.words()));
        }
        System.out.println();
        Item seed = items.stream().filter(it -> it.article().id().equals(seedId)).findFirst().orElse(null);
        if (seed != null) {
            long[] ns = seed.nanos().clone();
            Arrays.sort(ns);
            long[] cs = seed.cpu().clone();
            Arrays.sort(cs);
            double meanMs = ms(mean(ns));
            System.out.printf(Locale.ROOT, "seed: %.1f ms/article (%.1f articles/s); median %.1f ms, p90 %.1f ms; CPU median %.1f ms (%.1f articles per CPU-second)  [%s, %d words]%n",
                    meanMs, 1000.0 / meanMs, ms(percentile(ns, 50)), ms(percentile(ns, 90)), ms(percentile(cs, 50)), 1000.0 / ms(mean(cs)),
                    seedId, seed.words());
            checksum += stages(data, seed.article(), passes);
        } else {
            System.out.println("seed: " + seedId + " is not among the articles");
        }

        for (int i = 0; i < 3; i++) System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "heap used after GC: %s (committed %s), the pipeline still held%n", mib(heap.getUsed()), mib(heap.getCommitted()));
        Reference.reachabilityFence(pipeline);
        System.out.println("(checksum " + checksum + ")");
    }

    /**
     * Where the seed's time goes: the stages of {@link Pipeline#run}, wired the same way as its
     * constructor does, timed one by one in this thread's CPU time (median over {@code runs} runs
     * after a short warm-up).
     */
    private static long stages(Path data, Article a, int runs) {
        TextPipeline text = new TextPipeline();
        Gazetteer gaz = new Gazetteer(ReferenceData.read(data.resolve("reference")));
        MentionFinder mentions = new MentionFinder(gaz, data.resolve("lexicon"));
        Extractor extractor = new Extractor(gaz, data.resolve("lexicon"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.function.LongSupplier cpu = threads.isCurrentThreadCpuTimeSupported() ? threads::getCurrentThreadCpuTime : System::nanoTime;
        String[] names = {"text (OpenNLP)", "mention", "extract", "rdf"};
        long[][] ns = new long[names.length][runs];
        long checksum = 0;
        for (int i = -5; i < runs; i++) {
            long t0 = cpu.getAsLong();
            Document doc = text.process(a.text());
            long t1 = cpu.getAsLong();
            Annotated annotated = mentions.annotate(a, doc);
            long t2 = cpu.getAsLong();
            Facts facts = extractor.extract(annotated);
            long t3 = cpu.getAsLong();
            Graph g = TextLayer.build(a, doc);
            new FactWriter(g, a.id(), extractor.proposals()).write(facts, annotated);
            long t4 = cpu.getAsLong();
            checksum += g.size();
            if (i < 0) continue;
            ns[0][i] = t1 - t0;
            ns[1][i] = t2 - t1;
            ns[2][i] = t3 - t2;
            ns[3][i] = t4 - t3;
        }
        StringBuilder line = new StringBuilder("seed by stage (median CPU time):");
        for (int k = 0; k < names.length; k++) {
            Arrays.sort(ns[k]);
            line.append(String.format(Locale.ROOT, " %s %.1f ms%s", names[k], ms(percentile(ns[k], 50)), k + 1 < names.length ? "," : ""));
        }
        System.out.println(line);
        return checksum;
    }

    /** One article through the pipeline; returns something of the result so the work cannot be optimised away. */
    private static long runOnce(Pipeline pipeline, Article a) {
        Pipeline.Result r = pipeline.run(a);
        return r.factCount() + r.graph().size();
    }

    /** The seed: the first article data/default-articles.txt lists (the default data set). */
    private static String seedId(Path data) throws IOException {
        Path list = data.resolve("default-articles.txt");
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) return ArticleReader.idOf(t);
            }
        }
        return SEED_FALLBACK;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double mean(long[] xs) {
        return Arrays.stream(xs).average().orElse(0);
    }

    private static double ms(double nanos) { return nanos / 1e6; }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
