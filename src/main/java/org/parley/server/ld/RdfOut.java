package org.parley.server.ld;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.Prefixes;

/** Writes graphs in a {@link Format}, with Parley's IRIs rewritten for the public base (see {@link IriMapper#rewrite}). */
public final class RdfOut {
    private RdfOut() {}

    /** {@code g} as {@code f} (a triple format), IRIs rewritten for {@code base}; a null base keeps them canonical. */
    public static byte[] triples(Graph g, Format f, String base) {
        return rewritten(rewrite(g, base), f, base);
    }

    /** {@code g}, whose IRIs {@link #rewrite} has already mapped to {@code base}, as {@code f}. */
    public static byte[] rewritten(Graph g, Format f, String base) {
        g.getPrefixMapping().setNsPrefixes(prefixes(base).getMappingCopy());
        return write(RDFWriter.source(g), f);
    }

    /** {@code g} as the named graph {@code name} in {@code f} (TriG or N-Quads), IRIs rewritten. */
    public static byte[] quads(Node name, Graph g, Format f, String base) {
        DatasetGraph ds = DatasetGraphFactory.create();
        ds.addGraph(rewrite(name, base), rewrite(g, base));
        ds.prefixes().putAll(prefixes(base));
        return write(RDFWriter.source(ds), f);
    }

    /** A copy of {@code g} with every Parley instance IRI mapped to {@code base}. */
    public static Graph rewrite(Graph g, String base) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(
                rewrite(t.getSubject(), base), t.getPredicate(), rewrite(t.getObject(), base))));
        return out;
    }

    static Node rewrite(Node n, String base) {
        if (!n.isURI() || base == null) return n;
        String r = IriMapper.rewrite(n.getURI(), base);
        return r.equals(n.getURI()) ? n : NodeFactory.createURI(r);
    }

    /** Parley's standard prefixes, the instance namespaces moved to {@code base}. */
    static PrefixMap prefixes(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        for (Map.Entry<String, String> e : Prefixes.standard().getMapping().entrySet()) {
            pm.add(e.getKey(), base == null ? e.getValue() : IriMapper.rewrite(e.getValue(), base));
        }
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        return pm;
    }

    private static byte[] write(RDFWriterBuilder w, Format f) {
        if (!f.isRdf()) throw new IllegalArgumentException("not an RDF format: " + f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        w.format(f.rdf).output(bytes);
        return bytes.toByteArray();
    }
}
