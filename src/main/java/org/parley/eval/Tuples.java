package org.parley.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.parley.mention.LexiconFile;
import org.parley.rdf.Iris;
import org.parley.rdf.Vocab;

/**
 * Facts as comparable tuples ("quote\tperson/donald-trump\tWe love them"), read from a gold
 * file or from an article graph, in the format of {@code docs/conventions.md}.
 */
public final class Tuples {
    private Tuples() {}

    public static Set<String> gold(Path file) {
        Set<String> out = new TreeSet<>();
        for (String line : LexiconFile.entriesRaw(file)) {
            String[] cols = line.split("\t");
            for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
            if (cols[0].equals("quote") && cols.length > 2) cols[2] = normaliseQuote(cols[2]);
            out.add(String.join("\t", cols));
        }
        return out;
    }

    /** The tuples an article graph states. */
    public static Set<String> of(Graph g) {
        Set<String> out = new TreeSet<>();
        var model = ModelFactory.createModelForGraph(g);
        String prefix = "PREFIX parley: <" + Vocab.PARLEY + "> ";
        select(model, prefix + "SELECT ?p ?e { ?p parley:leaderOf ?e }", r -> out.add(t("leader", k(r, "p"), k(r, "e"))));
        select(model, prefix + "SELECT ?m ?d ?s ?x { ?m a parley:Meeting ; parley:status ?s ; parley:participant ?x OPTIONAL { ?m parley:date ?d } }",
                r -> out.add(t("meeting", k(r, "d"), k(r, "s"), k(r, "x"))));
        select(model, prefix + "SELECT ?d ?h { ?m a parley:Meeting ; parley:host ?h OPTIONAL { ?m parley:date ?d } }",
                r -> out.add(t("meeting-host", k(r, "d"), k(r, "h"))));
        select(model, prefix + "SELECT ?d ?l { ?m a parley:Meeting ; parley:location ?l OPTIONAL { ?m parley:date ?d } }",
                r -> out.add(t("meeting-location", k(r, "d"), k(r, "l"))));
        select(model, prefix + "SELECT ?g ?b ?s { ?x a parley:SecurityGuarantee ; parley:beneficiary ?b ; parley:status ?s OPTIONAL { ?x parley:guarantor ?g } }",
                r -> out.add(t("guarantee", k(r, "g"), k(r, "b"), k(r, "s"))));
        select(model, prefix + "SELECT ?c ?t ?y ?since { ?x a parley:TerritorialClaim ; parley:territory ?t ; parley:claimType ?y OPTIONAL { ?x parley:claimant ?c } OPTIONAL { ?x parley:since ?since } }",
                r -> out.add(t("claim", k(r, "c"), k(r, "t"), k(r, "y"), k(r, "since"))));
        select(model, prefix + "SELECT ?r ?t { ?x a parley:TerritorialClaim ; parley:territory ?t ; parley:rejectedBy ?r }",
                r -> out.add(t("claim-rejected", k(r, "r"), k(r, "t"))));
        select(model, prefix + "SELECT ?s ?text { ?x a parley:Quote ; parley:speaker ?s ; parley:text ?text }",
                r -> out.add(t("quote", k(r, "s"), normaliseQuote(r.getLiteral("text").getString()))));
        select(model, prefix + "SELECT ?h ?k ?p { ?x a parley:Stance ; parley:holder ?h ; parley:polarity ?p ; parley:towards/parley:proposalKind ?k }",
                r -> out.add(t("stance", k(r, "h"), slug(r, "k"), k(r, "p"))));
        select(model, prefix + "SELECT ?h ?k { ?x parley:supersedes ?y ; parley:holder ?h ; parley:towards/parley:proposalKind ?k }",
                r -> out.add(t("reversal", k(r, "h"), slug(r, "k"))));
        return out;
    }

    /** The kind of a tuple: its first column. */
    public static String kind(String tuple) {
        return tuple.substring(0, tuple.indexOf('\t'));
    }

    static String normaliseQuote(String s) {
        return s.replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"").replaceAll("\\s+", " ").strip().replaceAll("[,.;:]+$", "");
    }

    private static void select(org.apache.jena.rdf.model.Model m, String q, java.util.function.Consumer<QuerySolution> f) {
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(f);
        }
    }

    private static String t(String... cols) { return String.join("\t", cols); }

    /** An entity as "kind/slug", a literal as its lexical form, an individual by its local name, "-" when unbound. */
    private static String k(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) return "-";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        String iri = n.asResource().getURI();
        if (iri.startsWith(Iris.ID)) return iri.substring(Iris.ID.length());
        if (iri.startsWith(Vocab.PARLEY)) return iri.substring(Vocab.PARLEY.length());
        return iri;
    }

    private static String slug(QuerySolution r, String var) {
        String iri = r.getResource(var).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static List<String> kinds() {
        return new ArrayList<>(List.of("leader", "meeting", "meeting-host", "meeting-location", "guarantee", "claim", "claim-rejected", "quote", "stance", "reversal"));
    }
}
