package org.parley.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Namespaces and the terms the code writes. The ontology in {@code ontology/parley.ttl} defines them. */
public final class Vocab {
    private Vocab() {}

    public static final String PARLEY = "https://w3id.org/parley/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static Node p(String local) { return NodeFactory.createURI(PARLEY + local); }
    public static Node nif(String local) { return NodeFactory.createURI(NIF + local); }
    public static Node prov(String local) { return NodeFactory.createURI(PROV + local); }
    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }
    public static Node skos(String local) { return NodeFactory.createURI(SKOS + local); }
}
