package org.parley.rdf;

import static org.parley.rdf.Vocab.p;
import static org.parley.rdf.Vocab.prov;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.extract.Facts;
import org.parley.extract.ProposalKinds;
import org.parley.mention.Annotated;
import org.parley.mention.Entity;
import org.parley.mention.Mention;

/**
 * Writes facts into an article graph. Each fact's IRI key derives from what it says
 * (speaker and words, participants and date, ...), never from its position, so improving the
 * extractor does not renumber facts that did not change.
 */
public final class FactWriter {
    private final Graph g;
    private final String aid;
    private final ProposalKinds kinds;
    private final Set<String> used = new HashSet<>();

    public FactWriter(Graph g, String aid, ProposalKinds kinds) {
        this.g = g;
        this.aid = aid;
        this.kinds = kinds;
    }

    public void write(Facts f, Annotated a) {
        mentions(a);
        for (Facts.NewPerson np : f.people()) person(np);
        for (Facts.Leadership l : f.leaders()) {
            Node person = iri(l.person());
            g.add(person, p("leaderOf"), iri(l.entity()));
            g.add(person, p("officeTitle"), str(l.title()));
            g.add(person, RDF.type.asNode(), p("Leader"));
        }
        f.meetings().forEach(this::meeting);
        f.guarantees().forEach(this::guarantee);
        f.claims().forEach(this::claim);
        f.quotes().forEach(this::quote);
        for (Facts.Proposal pr : f.proposals()) {
            Node n = proposal(pr.kind(), pr.sentences());
            if (pr.proposer() != null) g.add(n, p("proposedBy"), iri(pr.proposer()));
        }
        List<Node> stances = f.stances().stream().map(this::stance).toList();
        for (int i = 0; i < f.stances().size(); i++) {
            int old = f.stances().get(i).supersedes();
            if (old >= 0) g.add(stances.get(i), p("supersedes"), stances.get(old));
        }
    }

    /** Each sentence names the entities mentioned in it (outside quotes), for pages and provenance. */
    private void mentions(Annotated a) {
        for (List<Mention> ms : a.mentions()) {
            for (Mention m : ms) {
                Node s = Iris.sentence(aid, m.sentence());
                for (Entity e : m.entities()) g.add(s, p("mentions"), iri(e));
                for (Entity e : m.named()) g.add(s, p("mentions"), iri(e));
                if (m.place() != null) g.add(s, p("mentions"), iri(m.place()));
            }
        }
    }

    private void person(Facts.NewPerson np) {
        Node n = iri(np.person());
        g.add(n, RDF.type.asNode(), p(np.person().kind().equals("place") ? "Place" : "Person"));
        g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(np.person().label(), "en"));
        if (np.title() != null) g.add(n, p("officeTitle"), str(capitalise(np.title())));
        g.add(n, prov("wasDerivedFrom"), Iris.sentence(aid, np.sentence()));
    }

    private void meeting(Facts.Meeting m) {
        String where = m.location() != null ? slug(m.location()) : m.participants().stream().limit(2).map(FactWriter::slug).collect(Collectors.joining("-"));
        Node n = fact("meeting", (m.date() != null ? m.date() : "undated") + "-" + where);
        g.add(n, RDF.type.asNode(), p("Meeting"));
        g.add(n, p("status"), p(m.status()));
        for (Entity e : m.participants()) g.add(n, p("participant"), iri(e));
        if (m.host() != null) g.add(n, p("host"), iri(m.host()));
        if (m.location() != null) g.add(n, p("location"), iri(m.location()));
        if (m.date() != null) g.add(n, p("date"), date(m.date()));
        if (m.type() != null) g.add(n, p("meetingType"), str(m.type()));
        label(n, (m.type() != null ? capitalise(m.type()) : "Meeting") + " of " + names(m.participants())
                + (m.location() != null ? " at " + m.location().label() : "") + (m.date() != null ? ", " + m.date() : ""));
        provenance(n, m.sentences());
    }

    private void guarantee(Facts.Guarantee x) {
        String by = x.guarantors().isEmpty() ? "unnamed" : x.guarantors().stream().map(FactWriter::slug).collect(Collectors.joining("-"));
        Node n = fact("guarantee", by + "-for-" + slug(x.beneficiary()) + "-" + x.status().toLowerCase(Locale.ROOT));
        g.add(n, RDF.type.asNode(), p("SecurityGuarantee"));
        for (Entity e : x.guarantors()) g.add(n, p("guarantor"), iri(e));
        g.add(n, p("beneficiary"), iri(x.beneficiary()));
        g.add(n, p("status"), p(x.status()));
        if (x.statedBy() != null) g.add(n, p("statedBy"), iri(x.statedBy()));
        label(n, "Security guarantee for " + x.beneficiary().label() + (x.guarantors().isEmpty() ? "" : " by " + names(x.guarantors())) + " (" + x.status().toLowerCase(Locale.ROOT) + ")");
        provenance(n, x.sentences());
    }

    private void claim(Facts.Claim c) {
        Node n = fact("claim", (c.claimant() != null ? slug(c.claimant()) : "unnamed") + "-" + c.type().toLowerCase(Locale.ROOT) + "-" + slug(c.territory()));
        g.add(n, RDF.type.asNode(), p("TerritorialClaim"));
        if (c.claimant() != null) g.add(n, p("claimant"), iri(c.claimant()));
        g.add(n, p("territory"), iri(c.territory()));
        g.add(n, p("claimType"), p(c.type()));
        if (c.since() != null) g.add(n, p("since"), date(c.since()));
        for (Entity r : c.rejectedBy()) g.add(n, p("rejectedBy"), iri(r));
        label(n, c.type().replaceAll("([a-z])([A-Z])", "$1 $2") + " of " + c.territory().label() + (c.claimant() != null ? " by " + c.claimant().label() : ""));
        provenance(n, c.sentences());
    }

    private void quote(Facts.Quote q) {
        Node n = fact("quote", slug(q.speaker()) + "-" + hash(q.text()));
        g.add(n, RDF.type.asNode(), p("Quote"));
        g.add(n, p("speaker"), iri(q.speaker()));
        g.add(n, p("text"), str(q.text()));
        if (q.cue() != null) g.add(n, p("attributedBy"), str(q.cue()));
        String shortText = q.text().length() > 60 ? q.text().substring(0, 57) + "..." : q.text();
        label(n, q.speaker().label() + ": \u201C" + shortText.strip() + "\u201D");
        provenance(n, q.sentences());
    }

    private Node stance(Facts.Stance s) {
        Node proposal = proposal(s.proposalKind(), s.sentences());
        Node n = fact("stance", slug(s.holder()) + "-" + s.polarity().toLowerCase(Locale.ROOT) + "-" + s.proposalKind());
        g.add(n, RDF.type.asNode(), p("Stance"));
        g.add(n, p("holder"), iri(s.holder()));
        g.add(n, p("towards"), proposal);
        g.add(n, p("polarity"), p(s.polarity()));
        ProposalKinds.Kind k = kinds.bySlug(s.proposalKind());
        label(n, s.holder().label() + (s.polarity().equals("Supports") ? " supports " : " opposes ") + (k != null ? k.label() : s.proposalKind()));
        provenance(n, s.sentences());
        return n;
    }

    private Node proposal(String kind, List<Integer> sentences) {
        Node n = Iris.fact(aid, "proposal", kind);
        ProposalKinds.Kind k = kinds.bySlug(kind);
        g.add(n, RDF.type.asNode(), p("Proposal"));
        g.add(n, p("proposalKind"), Iris.entity("proposal-kind", kind));
        g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(k != null ? k.label() : kind, "en"));
        provenance(n, sentences);
        return n;
    }

    private void provenance(Node n, List<Integer> sentences) {
        for (int s : sentences) g.add(n, prov("wasDerivedFrom"), Iris.sentence(aid, s));
        g.add(n, Vocab.schema("isPartOf"), Iris.article(aid));
    }

    /** A fact IRI; a second fact with the same key gets "-2", "-3". */
    private Node fact(String kind, String key) {
        String k = key;
        for (int i = 2; !used.add(kind + "/" + k); i++) k = key + "-" + i;
        return Iris.fact(aid, kind, k);
    }

    private void label(Node n, String text) {
        g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(text, "en"));
    }

    private static String names(List<Entity> es) {
        return es.stream().map(Entity::label).collect(Collectors.joining(", "));
    }

    private static Node iri(Entity e) { return NodeFactory.createURI(e.iri()); }

    private static String slug(Entity e) {
        return e.iri().substring(e.iri().lastIndexOf('/') + 1);
    }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node date(String v) {
        XSDDatatype dt = v.length() == 10 ? XSDDatatype.XSDdate : v.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(v, dt);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
