package org.parley.server.ld;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Iris;
import org.parley.rdf.Prefixes;

/**
 * Names for vocabulary terms (properties and classes): the ontology's {@code rdfs:label}, then a
 * few standard terms Parley uses without defining, then the prefixed name ({@code owl:sameAs}).
 */
final class Terms {
    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "type"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#label", "label"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#comment", "comment"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#seeAlso", "see also"),
            Map.entry("http://www.w3.org/2002/07/owl#sameAs", "same as"),
            Map.entry("http://www.w3.org/2004/02/skos/core#altLabel", "also called"),
            Map.entry("http://www.w3.org/2004/02/skos/core#prefLabel", "preferred label"),
            Map.entry("http://www.w3.org/ns/prov#wasDerivedFrom", "derived from"),
            Map.entry("https://schema.org/headline", "headline"),
            Map.entry("https://schema.org/datePublished", "published"),
            Map.entry("https://schema.org/inLanguage", "language"),
            Map.entry("https://schema.org/isPartOf", "part of"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf", "text"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString", "text"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex", "begins at character"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex", "ends at character"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext", "context"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sourceUrl", "source"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#nextSentence", "next sentence"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#previousSentence", "previous sentence"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence", "Sentence"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context", "Text"),
            Map.entry("https://schema.org/NewsArticle", "News article"));

    private final Map<String, String> labels;

    private Terms(Map<String, String> labels) { this.labels = labels; }

    /** The English labels the ontology graph gives its terms. */
    static Terms load(DatasetGraph dsg) {
        Map<String, String> m = new HashMap<>();
        dsg.executeRead(() -> dsg.find(Iris.ontologyGraph(), Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (q.getSubject().isURI() && o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))) {
                m.put(q.getSubject().getURI(), o.getLiteralLexicalForm());
            }
        }));
        return new Terms(Map.copyOf(m));
    }

    String label(String iri) {
        String l = labels.get(iri);
        if (l == null) l = STANDARD.get(iri);
        return l != null ? l : Prefixes.standard().abbreviate(iri) != null ? Prefixes.standard().abbreviate(iri) : iri;
    }

    boolean defines(String iri) { return labels.containsKey(iri); }
}
