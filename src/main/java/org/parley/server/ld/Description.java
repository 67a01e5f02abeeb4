package org.parley.server.ld;

import org.apache.jena.graph.Graph;

/**
 * What Parley says about one resource: its own triples, the labels of what it links to, the
 * links pointing at it (at most {@code inboundLimit} unless all were asked for) and, for facts,
 * the sentences and articles they were read from. IRIs are canonical.
 *
 * @param inboundTotal how many triples point at the resource in all
 * @param inboundShown how many of them the description holds
 */
public record Description(String iri, Graph graph, long inboundTotal, long inboundShown) {
    /** Nothing known: no triple about it and none pointing at it. Served as 404. */
    public boolean isEmpty() { return graph.isEmpty(); }
    public boolean truncated() { return inboundShown < inboundTotal; }
}
