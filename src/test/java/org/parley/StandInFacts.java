package org.parley;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.parley.store.ParleyStore;

/**
 * Stand-in facts for the seed article until the extractor is merged (see the header of
 * {@code src/test/resources/stand-in/white-house-summit-2025-08-18.trig}).
 * TODO(merge): delete this class and the TriG once the pipeline extracts facts.
 */
public final class StandInFacts {
    private StandInFacts() {}

    public static final Path FILE = Fixtures.HOME.resolve("src/test/resources/stand-in/white-house-summit-2025-08-18.trig");

    /** True if the store holds facts read from sentences (anything with prov:wasDerivedFrom). */
    public static boolean hasFacts(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("ASK { ?f <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }").build()) {
                return qe.ask();
            }
        });
    }

    /**
     * Adds the stand-in facts to the store if the pipeline extracted none; returns whether it did.
     * Once the extractor is merged, tests run against its output instead.
     */
    public static boolean addIfNoFacts(ParleyStore store) {
        DatasetGraph dsg = store.datasetGraph();
        if (hasFacts(dsg)) return false;
        System.err.println("[stand-in] the pipeline extracted no facts: adding " + Fixtures.HOME.relativize(FILE) + " (TODO(merge): remove)");
        dsg.executeWrite(() -> RDFDataMgr.read(dsg, FILE.toString()));
        return true;
    }
}
