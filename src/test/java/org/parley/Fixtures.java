package org.parley;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.parley.rdf.Pipeline;
import org.parley.store.DefaultData;
import org.parley.store.ParleyStore;

/** Shared test set-up: the project's real data, a pipeline built once per test JVM. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path HOME = Path.of("").toAbsolutePath();
    public static final Path SEED = HOME.resolve("data/articles/white-house-summit-2025-08-18.txt");

    private static Pipeline pipeline;

    /** One pipeline for the whole test run: loading models and lexicons is the slow part. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(HOME.resolve("data"));
        return pipeline;
    }

    /** A new TDB2 store in {@code dir} holding the default data (ontology, reference, seed). */
    public static ParleyStore storeWithDefaults(Path dir) {
        ParleyStore store = ParleyStore.open(dir);
        new DefaultData(HOME.resolve("ontology"), HOME.resolve("data"), List.of(SEED))
                .load(store, pipeline(), new PrintStream(OutputStream.nullOutputStream()));
        return store;
    }
}
