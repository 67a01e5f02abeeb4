package org.parley.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI policy. Every resource Parley mints lives under the canonical base
 * {@value #BASE}: {@code id/{kind}/{slug}} for entities, {@code id/article/{aid}/...} for an
 * article's parts and facts, {@code graph/...} for named graphs. IRIs never carry the host or
 * port of a server; the server maps the canonical base onto its own address.
 */
public final class Iris {
    private Iris() {}

    public static final String BASE = "https://w3id.org/parley/";
    public static final String ID = org.parley.mention.Entity.ID;
    public static final String GRAPH = BASE + "graph/";

    public static Node entity(String kind, String slug) { return uri(ID + kind + "/" + slug); }
    public static Node article(String aid) { return uri(ID + "article/" + aid); }
    public static Node context(String aid) { return uri(ID + "article/" + aid + "/context"); }
    public static Node sentence(String aid, int n) { return uri(ID + "article/" + aid + "/sentence/" + n); }
    public static Node fact(String aid, String kind, String key) { return uri(ID + "article/" + aid + "/" + kind + "/" + key); }

    public static Node articleGraph(String aid) { return uri(GRAPH + "article/" + aid); }
    public static Node ontologyGraph() { return uri(GRAPH + "ontology"); }
    public static Node shapesGraph() { return uri(GRAPH + "shapes"); }
    public static Node referenceGraph() { return uri(GRAPH + "reference"); }
    public static Node lexiconGraph() { return uri(GRAPH + "lexicon"); }
    public static Node fileGraph(String slug) { return uri(GRAPH + "file/" + slug); }

    /** The article id of an article graph's name, or null. */
    public static String articleIdOf(Node graph) {
        String prefix = GRAPH + "article/";
        return graph.isURI() && graph.getURI().startsWith(prefix) ? graph.getURI().substring(prefix.length()) : null;
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
}
