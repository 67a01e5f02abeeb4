package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.mention.Annotated;
import org.parley.mention.Entity;
import org.parley.mention.Gazetteer;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;

/** Runs every fact extractor over an annotated article. Built once: it reads the lexicons. */
public final class Extractor {
    private final Gazetteer gaz;
    private final ProposalKinds proposals;
    private final Map<String, String> roleOfTitle = new HashMap<>();
    private final LeaderExtractor leaders = new LeaderExtractor();
    private final QuoteExtractor quotes;
    private final MeetingExtractor meetings;
    private final GuaranteeExtractor guarantees;
    private final ClaimExtractor claims;
    private final StanceExtractor stances;

    public Extractor(Gazetteer gaz, Path lexiconDir) {
        this.gaz = gaz;
        Clause clause = new Clause(lexiconDir);
        this.proposals = new ProposalKinds(lexiconDir);
        for (String[] row : LexiconFile.rows(lexiconDir.resolve("titles.tsv"))) roleOfTitle.put(row[0].toLowerCase(Locale.ROOT), row[1].strip());
        this.quotes = new QuoteExtractor(clause);
        this.meetings = new MeetingExtractor(clause, lexiconDir, gaz);
        this.guarantees = new GuaranteeExtractor(clause, lexiconDir, gaz);
        this.claims = new ClaimExtractor(clause, lexiconDir);
        this.stances = new StanceExtractor(clause, proposals, lexiconDir);
    }

    public ProposalKinds proposals() { return proposals; }

    public Facts extract(Annotated a) {
        StanceExtractor.Result st = stances.extract(a);
        return new Facts(leaders.extract(a, gaz, roleOfTitle), meetings.extract(a), guarantees.extract(a),
                claims.extract(a, gaz), quotes.extract(a), st.stances(), st.proposals(), newPeople(a));
    }

    /** People the text introduces who are not in the reference data: the RDF stage describes them. */
    private List<Facts.NewPerson> newPeople(Annotated a) {
        Map<Entity, Facts.NewPerson> out = new java.util.LinkedHashMap<>();
        for (List<Mention> ms : a.mentions()) {
            for (Mention m : ms) {
                if (m.place() != null && gaz.entity(m.place().iri()) == null && !out.containsKey(m.place())) {
                    out.put(m.place(), new Facts.NewPerson(m.place(), null, null, m.sentence()));
                }
                for (Entity e : m.entities()) {
                    if (!e.isPerson() || gaz.entity(e.iri()) != null) continue;
                    Facts.NewPerson known = out.get(e);
                    if (known == null || known.title() == null && m.title() != null) {
                        out.put(e, new Facts.NewPerson(e, m.title(), m.affiliation(), m.sentence()));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
