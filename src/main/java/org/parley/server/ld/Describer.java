package org.parley.server.ld;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Builds descriptions with one SPARQL CONSTRUCT query over the union of all graphs. The HTML
 * page links to that very query, so "the query that yields this description" is true by
 * construction. Callers pass IRIs that {@link IriMapper} produced, which cannot hold characters
 * that would break out of {@code <...>}.
 */
public final class Describer {
    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) { this.dsg = dsg; }

    /** The CONSTRUCT query describing {@code iri}; {@code inboundLimit <= 0} means every inbound link. */
    public static String query(String iri, long inboundLimit) {
        check(iri);
        String r = "<" + iri + ">";
        String limit = inboundLimit > 0 ? " LIMIT " + inboundLimit : "";
        return """
                # The description Parley serves for %1$s
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                PREFIX prov:   <http://www.w3.org/ns/prov#>
                PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX schema: <https://schema.org/>
                PREFIX parley: <https://w3id.org/parley/ontology#>
                CONSTRUCT {
                  %1$s ?p ?o .
                  ?o rdfs:label ?oLabel ; skos:altLabel ?oAlt ; parley:shortName ?oShort ; schema:headline ?oHeadline .
                  ?in ?q %1$s ; ?inP ?inValue . ?inValue rdfs:label ?inValueLabel .
                  ?src nif:anchorOf ?srcText ; nif:beginIndex ?srcBegin ; schema:isPartOf ?article .
                  ?article rdf:type schema:NewsArticle ; schema:headline ?headline ; schema:datePublished ?published .
                }
                WHERE {
                  # its own triples, and the names of what it links to
                  { %1$s ?p ?o .
                    OPTIONAL { ?o rdfs:label ?oLabel }
                    OPTIONAL { ?o skos:altLabel ?oAlt }
                    OPTIONAL { ?o parley:shortName ?oShort }
                    OPTIONAL { ?o schema:headline ?oHeadline } }
                  UNION
                  # the links pointing at it%2$s
                  { { SELECT ?in ?q WHERE { ?in ?q %1$s } ORDER BY ?q ?in%3$s }
                    # and what each of them says, with names (a stance's proposal, a tenure's office); not whole article texts
                    OPTIONAL { ?in ?inP ?inValue FILTER(?inP != nif:isString)
                               OPTIONAL { ?inValue rdfs:label ?inValueLabel } } }
                  UNION
                  # provenance: the sentences it was read from, and their article
                  { %1$s prov:wasDerivedFrom ?src .
                    ?src nif:anchorOf ?srcText .
                    OPTIONAL { ?src nif:beginIndex ?srcBegin }
                    OPTIONAL { ?src schema:isPartOf ?article .
                               OPTIONAL { ?article schema:headline ?headline }
                               OPTIONAL { ?article schema:datePublished ?published } } }
                }
                """.formatted(r, inboundLimit > 0 ? " (the first " + inboundLimit + ")" : "", limit);
    }

    /** The description of {@code iri}, read in one transaction. */
    public Description describe(String iri, long inboundLimit) {
        Query q = QueryFactory.create(query(iri, inboundLimit));
        return dsg.calculateRead(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                qe.constructTriples().forEachRemaining(g::add);
            }
            long total = countInbound(NodeFactory.createURI(iri));
            long shown = inboundLimit > 0 ? Math.min(total, inboundLimit) : total;
            return new Description(iri, g, total, shown);
        });
    }

    /** A copy of one named graph's triples; empty if there is no such graph. */
    public Graph namedGraph(String graphIri) {
        check(graphIri);
        Node name = NodeFactory.createURI(graphIri);
        return dsg.calculateRead(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> g.add(quad.asTriple()));
            return g;
        });
    }

    private long countInbound(Node r) {
        // Distinct triples: the same link may be stated in several graphs.
        Graph seen = GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, r).forEachRemaining(quad -> seen.add(quad.asTriple()));
        return seen.size();
    }

    private static void check(String iri) {
        if (iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a plain IRI: " + iri);
        }
    }
}
