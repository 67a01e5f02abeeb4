package org.parley.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The reference data as a look-up structure: names (labels, alternative and short names,
 * demonyms, capitals used for their state) to entities, and dated tenures for "who led X on
 * that day". Built once from the reference graph, then read-only.
 */
public final class Gazetteer {
    static final String P = "https://w3id.org/parley/ontology#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    /** How a name refers to its entity. */
    public enum NameType { NAME, DEMONYM, CAPITAL }

    /** One name of one entity; {@code place} is the place a capital or building name also denotes. */
    public record Name(String text, Entity entity, NameType type, Entity place) {}

    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByOffice = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByPerson = new HashMap<>();
    private final Map<String, Set<String>> continents = new HashMap<>();
    private final Map<String, String> leaderRole = new HashMap<>();
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, String> representedBy = new HashMap<>();
    private final Map<String, Entity> capitals = new HashMap<>();
    private final Map<String, String> locatedIn = new HashMap<>();

    public Gazetteer(Graph g) {
        String[][] kinds = {{"State", "state"}, {"InternationalOrganization", "organization"}, {"GovernmentBody", "body"},
                {"Leader", "person"}, {"Person", "person"}, {"Territory", "territory"}, {"Place", "place"}};
        for (String[] k : kinds) {
            g.find(Node.ANY, RDF.type.asNode(), uri(P + k[0])).forEach(t -> entity(g, t.getSubject(), k[1]));
        }
        Map<String, Entity> buildings = new HashMap<>();
        for (Entity e : entities.values()) {
            Node s = uri(e.iri());
            for (String name : literals(g, s, RDFS.label.asNode(), SKOS + "altLabel", P + "shortName")) {
                if (e.kind().equals("place")) buildings.put(name, e);
            }
        }
        for (Entity e : entities.values()) {
            Node s = uri(e.iri());
            if (e.kind().equals("place")) continue;
            for (String name : literals(g, s, RDFS.label.asNode(), SKOS + "altLabel", P + "shortName")) {
                add(new Name(name, e, NameType.NAME, buildings.get(name)));
                if (e.isPerson()) addSurname(name, e);
            }
            for (String d : literals(g, s, uri(P + "demonym"))) add(new Name(d, e, NameType.DEMONYM, null));
            continents.put(e.iri(), new LinkedHashSet<>(literals(g, s, uri(P + "continent"))));
            g.find(s, uri(P + "leaderRole"), Node.ANY).forEach(t -> leaderRole.put(e.iri(), local(t.getObject())));
            g.find(s, uri(P + "partOf"), Node.ANY).forEach(t -> partOf.put(e.iri(), t.getObject().getURI()));
            g.find(s, uri(P + "representedBy"), Node.ANY).forEach(t -> representedBy.put(e.iri(), t.getObject().getURI()));
        }
        for (Entity place : entities.values()) {
            if (!place.kind().equals("place")) continue;
            Node s = uri(place.iri());
            List<Triple> capitalOf = g.find(s, uri(P + "capitalOf"), Node.ANY).toList();
            Entity state = capitalOf.isEmpty() ? null : entities.get(capitalOf.get(0).getObject().getURI());
            if (state != null) capitals.putIfAbsent(state.iri(), place);
            g.find(s, uri(P + "locatedIn"), Node.ANY).forEach(t -> { if (t.getObject().isURI()) locatedIn.put(place.iri(), t.getObject().getURI()); });
            for (String name : literals(g, s, RDFS.label.asNode(), SKOS + "altLabel", P + "shortName")) {
                if (state != null) {
                    add(new Name(name, state, NameType.CAPITAL, place));
                } else if (!hasName(name)) {
                    add(new Name(name, null, NameType.NAME, place));
                }
            }
        }
        g.find(Node.ANY, RDF.type.asNode(), uri(P + "Tenure")).forEach(t -> tenure(g, t.getSubject()));
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
    }

    private void entity(Graph g, Node s, String kind) {
        if (!s.isURI() || entities.containsKey(s.getURI())) return;
        List<String> labels = literals(g, s, RDFS.label.asNode());
        entities.put(s.getURI(), new Entity(s.getURI(), kind, labels.isEmpty() ? local(s) : labels.get(0)));
    }

    private void tenure(Graph g, Node t) {
        Entity person = first(g, t, "officeHolder");
        Entity office = first(g, t, "officeOf");
        if (person == null || office == null) return;
        List<String> roles = g.find(t, uri(P + "role"), Node.ANY).mapWith(x -> local(x.getObject())).toList();
        Tenure ten = new Tenure(person, office, literals(g, t, uri(P + "officeTitle")), roles,
                date(g, t, "startDate"), date(g, t, "endDate"));
        tenuresByOffice.computeIfAbsent(office.iri(), k -> new ArrayList<>()).add(ten);
        tenuresByPerson.computeIfAbsent(person.iri(), k -> new ArrayList<>()).add(ten);
    }

    private Entity first(Graph g, Node s, String prop) {
        List<Triple> ts = g.find(s, uri(P + prop), Node.ANY).toList();
        return ts.isEmpty() ? null : entities.get(ts.get(0).getObject().getURI());
    }

    private static LocalDate date(Graph g, Node s, String prop) {
        List<Triple> ts = g.find(s, uri(P + prop), Node.ANY).toList();
        return ts.isEmpty() ? null : LocalDate.parse(ts.get(0).getObject().getLiteralLexicalForm());
    }

    private boolean hasName(String name) {
        return byFirstWord.getOrDefault(firstWord(name), List.of()).stream().anyMatch(n -> n.text().equals(name));
    }

    private void add(Name n) {
        String text = n.text().startsWith("the ") ? n.text().substring(4) : n.text();
        Name stored = new Name(text, n.entity(), n.type(), n.place());
        List<Name> list = byFirstWord.computeIfAbsent(firstWord(text), k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.text().equals(text) && x.entity() == stored.entity())) list.add(stored);
    }

    private void addSurname(String name, Entity person) {
        String[] words = name.split("\\s+");
        if (words.length < 2) return;
        String last = words[words.length - 1];
        if (last.matches("[IVX]+|Jr\\.?|Sr\\.?")) return;
        List<Entity> list = bySurname.computeIfAbsent(last, k -> new ArrayList<>());
        if (!list.contains(person)) list.add(person);
    }

    static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    /** Names whose first word is {@code word}, longest first. */
    public List<Name> namesStartingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** People in the reference data with this surname. */
    public List<Entity> bySurname(String surname) {
        return bySurname.getOrDefault(surname, List.of());
    }

    public Entity entity(String iri) { return entities.get(iri); }

    /** Whether place {@code inner} lies within {@code outer} (following parley:locatedIn, a few steps). */
    public boolean within(Entity inner, Entity outer) {
        String at = inner.iri();
        for (int i = 0; i < 5 && at != null; i++) {
            at = locatedIn.get(at);
            if (outer.iri().equals(at)) return true;
        }
        return false;
    }

    /** The capital city of a state, or null. */
    public Entity capitalOf(Entity state) { return capitals.get(state.iri()); }

    public List<Tenure> tenuresOf(Entity person) { return tenuresByPerson.getOrDefault(person.iri(), List.of()); }

    /** Office holders of {@code office} on {@code date}. */
    public List<Tenure> tenuresOn(Entity office, LocalDate date) {
        return tenuresByOffice.getOrDefault(office.iri(), List.of()).stream().filter(t -> t.activeOn(date)).toList();
    }

    /**
     * The person a reader means by "the leader of X" on a date: the head of an organisation,
     * else the holder of the state's leading role ({@code parley:leaderRole} in the reference
     * data, head of government by default, head of state when there is none).
     */
    public Entity leaderOn(Entity office, LocalDate date) {
        String body = representedBy.get(office.iri());
        if (body != null && entities.containsKey(body)) return leaderOn(entities.get(body), date);
        List<Tenure> ts = tenuresOn(office, date);
        String preferred = leaderRole.getOrDefault(office.iri(), office.kind().equals("state") ? "HeadOfGovernment" : "OrganizationHead");
        for (String role : List.of(preferred, "HeadOfGovernment", "HeadOfState", "OrganizationHead")) {
            for (Tenure t : ts) if (t.hasRole(role)) return t.person();
        }
        return null;
    }

    /** The holder of an office with a given role or title on a date, e.g. the US "President". */
    public Entity holderOn(Entity office, String role, String title, LocalDate date) {
        if ("Leader".equals(role)) return leaderOn(office, date);
        for (Tenure t : tenuresOn(office, date)) if (title != null && t.hasTitle(title)) return t.person();
        // Ministers and advisers are many to a state: only an exact title identifies one.
        if ("Advisor".equals(role) || "Minister".equals(role)) return null;
        for (Tenure t : tenuresOn(office, date)) if (role != null && t.hasRole(role)) return t.person();
        return null;
    }

    /** The entity a person led on a date (state or organisation), or null. */
    public Tenure leadingTenure(Entity person, LocalDate date) {
        for (Tenure t : tenuresOf(person)) {
            if (t.activeOn(date) && (t.hasRole("HeadOfState") || t.hasRole("HeadOfGovernment") || t.hasRole("OrganizationHead"))) return t;
        }
        return null;
    }

    public boolean isEuropean(Entity e) {
        if (e.kind().equals("organization")) return e.iri().endsWith("/european-union") || e.iri().endsWith("/nato");
        return continents.getOrDefault(e.iri(), Set.of()).contains("Europe");
    }

    /** The state a territory belongs to, or null. */
    public Entity partOf(Entity territory) {
        String s = partOf.get(territory.iri());
        return s == null ? null : entities.get(s);
    }

    private static List<String> literals(Graph g, Node s, Object... props) {
        List<String> out = new ArrayList<>();
        for (Object p : props) {
            Node pn = p instanceof Node n ? n : uri((String) p);
            g.find(s, pn, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) out.add(t.getObject().getLiteralLexicalForm());
            });
        }
        return out;
    }

    static Node uri(String s) { return NodeFactory.createURI(s); }

    static String local(Node n) {
        String s = n.getURI();
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }
}
