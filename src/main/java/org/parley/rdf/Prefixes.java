package org.parley.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes Parley writes output with, so that TriG and Turtle read well. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("parley", Vocab.PARLEY);
        pm.add("nif", Vocab.NIF);
        pm.add("prov", Vocab.PROV);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("skos", Vocab.SKOS);
        pm.add("wd", Vocab.WD);
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        for (String kind : new String[] {"person", "state", "organization", "body", "territory", "place", "tenure", "article", "proposal-kind"}) {
            pm.add(kind.replace("-", ""), Iris.ID + kind + "/");
        }
        pm.add("graph", Iris.GRAPH);
        return pm;
    }
}
