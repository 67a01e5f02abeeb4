package org.parley.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/** Counts over the store for the home page and VoID, each one SPARQL query in a read transaction. */
final class Stats {
    static final String PREFIXES = """
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX parley: <https://w3id.org/parley/ontology#>
            """;

    record Article(String iri, String headline, String date) {}
    record Count(String iri, String label, long n) {}

    private final DatasetGraph dsg;

    Stats(DatasetGraph dsg) { this.dsg = dsg; }

    List<Article> articles() {
        List<Article> out = new ArrayList<>();
        select("""
                SELECT ?a ?h ?d WHERE { ?a a schema:NewsArticle
                  OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d } }
                ORDER BY DESC(?d) ?a""", b -> out.add(new Article(iri(b, "a"), lex(b, "h"), lex(b, "d"))));
        return out;
    }

    /**
     * Instances per class, the most populous first. With {@code dataOnly}, the ontology's and the
     * shapes' own terms (owl:Class, sh:NodeShape, ...) are left out: what people want counted is the data.
     */
    List<Count> classes(boolean dataOnly) {
        List<Count> out = new ArrayList<>();
        String filter = dataOnly ? "FILTER(?g NOT IN (<https://w3id.org/parley/graph/ontology>, <https://w3id.org/parley/graph/shapes>))" : "";
        select("""
                SELECT ?c (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  GRAPH ?g { ?s a ?c } %s OPTIONAL { ?c rdfs:label ?l } }
                GROUP BY ?c ORDER BY DESC(?n) ?c""".formatted(filter), b -> out.add(new Count(iri(b, "c"), lex(b, "label"), num(b, "n"))));
        return out;
    }

    /** The instances of {@code classIri} that the most facts (resources with prov:wasDerivedFrom) link to. */
    List<Count> mostConnected(String classIri, int limit) {
        List<Count> out = new ArrayList<>();
        select("""
                SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?f) AS ?n) WHERE {
                  ?x a <%s> . ?f ?p ?x ; prov:wasDerivedFrom ?sentence . OPTIONAL { ?x rdfs:label ?l } }
                GROUP BY ?x ORDER BY DESC(?n) ?label LIMIT %d""".formatted(classIri, limit),
                b -> out.add(new Count(iri(b, "x"), lex(b, "label"), num(b, "n"))));
        return out;
    }

    /** Quads per named graph, in name order. */
    Map<String, Long> graphs() {
        Map<String, Long> out = new LinkedHashMap<>();
        select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                b -> out.put(iri(b, "g"), num(b, "n")));
        return out;
    }

    /** The namespaces of the properties and classes in use. */
    List<String> vocabularies() {
        TreeSet<String> out = new TreeSet<>();
        select("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }", b -> {
            String t = iri(b, "t");
            if (t == null) return;
            int cut = Math.max(t.lastIndexOf('#'), t.lastIndexOf('/'));
            if (cut > 0) out.add(t.substring(0, cut + 1));
        });
        return List.copyOf(out);
    }

    private void select(String query, Consumer<Binding> each) {
        var q = QueryFactory.create(PREFIXES + query);
        dsg.executeRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                qe.select().forEachRemaining(each);
            }
        });
    }

    private static String iri(Binding b, String v) {
        Node n = b.get(v);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String lex(Binding b, String v) {
        Node n = b.get(v);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static long num(Binding b, String v) {
        Node n = b.get(v);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
