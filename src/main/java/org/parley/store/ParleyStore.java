package org.parley.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 store. Everything lives in named graphs; queries see their union as the default
 * graph. Writes replace whole graphs inside one write transaction, so a reader never sees an
 * article half loaded and a failure leaves the previous state.
 */
public final class ParleyStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path dir;

    private ParleyStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 database in {@code dir}. */
    public static ParleyStore open(Path dir) {
        try {
            return new ParleyStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (is another Parley process using it? stop the server or load over HTTP)", e);
        }
    }

    public DatasetGraph datasetGraph() { return dsg; }
    public Path directory() { return dir; }

    /** Replaces each named graph with the given content, all in one transaction. */
    public void replaceGraphs(Map<Node, Graph> graphs) {
        dsg.executeWrite(() -> graphs.forEach((name, g) -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    /** Removes a named graph; true if it held anything. */
    public boolean removeGraph(Node name) {
        return dsg.calculateWrite(() -> {
            boolean had = dsg.find(name, Node.ANY, Node.ANY, Node.ANY).hasNext();
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            return had;
        });
    }

    public long size() {
        return dsg.calculateRead(() -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    public boolean isEmpty() {
        return dsg.calculateRead(() -> !dsg.find().hasNext());
    }

    public List<Node> graphNames() {
        return dsg.calculateRead(() -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** All quads, as a copy; for tests and dumps of small stores. */
    public List<Quad> quads() {
        return dsg.calculateRead(() -> {
            List<Quad> out = new ArrayList<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    @Override
    public void close() {
        dsg.close();
        // Drop the cached connection, so that a later open in this JVM reads the files again.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
