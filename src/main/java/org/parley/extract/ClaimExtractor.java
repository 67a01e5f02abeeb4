package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.extract.Facts.Claim;
import org.parley.mention.Annotated;
import org.parley.mention.Cue;
import org.parley.mention.DateMention;
import org.parley.mention.Entity;
import org.parley.mention.Gazetteer;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Territorial claims: annexation ("annexed by Russia in 2014"), control ("controlled by",
 * "Russian-backed separatists control"), demands to cede ("Putin's proposals ... include
 * handing over ... Donetsk region"), hopes of recovery ("getting back Crimea"), and who
 * rejects them. Lexicon: {@code claims.txt}.
 */
final class ClaimExtractor {
    private static final String[][] TYPES = {{"annexation", "Annexation"}, {"control", "Control"}, {"cession", "CessionDemand"}, {"sovereignty", "SovereigntyClaim"}};
    private final Clause clause;
    private final Map<String, List<Cue>> cues = new java.util.HashMap<>();
    private final List<Cue> rejection;
    private final List<Cue> demand;
    private final List<Cue> demandVerbs;

    ClaimExtractor(Clause clause, Path lexiconDir) {
        this.clause = clause;
        Map<String, List<String>> sec = LexiconFile.sections(lexiconDir.resolve("claims.txt"));
        for (String[] t : TYPES) cues.put(t[0], Cue.of(sec.get(t[0])));
        rejection = Cue.of(sec.get("rejection"));
        demand = Cue.of(sec.get("demand"));
        demandVerbs = Cue.of(sec.get("demand-verb"));
    }

    List<Claim> extract(Annotated a, Gazetteer gaz) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : a.document().sentences()) {
            List<Token> toks = s.tokens();
            List<CueTerritories> producing = producingCues(a, s);
            for (int k = 0; k < toks.size(); k++) {
                if (a.inQuote(toks.get(k))) continue;
                for (String[] t : TYPES) {
                    Cue.Match m = Cue.first(cues.get(t[0]), toks, k);
                    if (m == null) continue;
                    for (Entity territory : territories(a, s, m)) {
                        Entity claimant = claimant(a, s, m, t[1], territory, gaz);
                        if (claimant != null && claimant.isPerson() && !t[1].equals("CessionDemand")) claimant = stateOf(claimant, a, gaz);
                        boolean stative = m.cue().text().matches("control|controlled|in control of|hold by|under \\.\\.\\. control|occupy|occupied|occupation");
                        String since = t[1].equals("Annexation") ? since(a, s, m, false) : t[1].equals("Control") ? since(a, s, m, stative) : null;
                        List<Entity> rejectedBy = rejecters(a, s, claimant, territory, t[1].equals("CessionDemand"), producing);
                        Claim c = new Claim(claimant, territory, t[1], since, rejectedBy, List.of(s.index()));
                        Claim known = claimant != null ? null : out.stream()
                                .filter(x -> x.territory().equals(territory) && x.type().equals(c.type())).findFirst().orElse(null);
                        if (known != null) {
                            // "any decision to annex the regions ...": the claim already made, now rejected again.
                            out.set(out.indexOf(known), withRejecters(known, rejectedBy, s.index()));
                        } else if (out.stream().noneMatch(x -> same(x, c))) {
                            // A claim first read without a claimant gets the one named now.
                            Claim unnamed = out.stream().filter(x -> x.claimant() == null && x.territory().equals(territory) && x.type().equals(c.type())).findFirst().orElse(null);
                            if (unnamed != null) out.set(out.indexOf(unnamed), c); else out.add(c);
                        }
                    }
                    k = m.end() - 1;
                    break;
                }
            }
        }
        demonymControl(a, out);
        shareAnnexationDates(out);
        annexationRejections(a, out);
        return out;
    }

    private static Claim withRejecters(Claim c, List<Entity> more, int sentence) {
        Set<Entity> rs = new LinkedHashSet<>(c.rejectedBy());
        rs.addAll(more);
        List<Integer> ss = new ArrayList<>(c.sentences());
        if (!ss.contains(sentence)) ss.add(sentence);
        return new Claim(c.claimant(), c.territory(), c.type(), c.since(), new ArrayList<>(rs), ss);
    }

    /** A leader annexes or controls in the name of the state they lead. */
    private static Entity stateOf(Entity person, Annotated a, Gazetteer gaz) {
        var t = gaz.leadingTenure(person, a.article().published());
        return t != null ? t.office() : person;
    }

    /** A claim cue of a sentence and the territories it is about. */
    private record CueTerritories(int start, List<Entity> territories) {}

    private List<CueTerritories> producingCues(Annotated a, Sentence s) {
        List<CueTerritories> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (a.inQuote(toks.get(k))) continue;
            for (String[] t : TYPES) {
                Cue.Match m = Cue.first(cues.get(t[0]), toks, k);
                if (m == null) continue;
                List<Entity> ts = territories(a, s, m);
                if (!ts.isEmpty()) out.add(new CueTerritories(m.start(), ts));
                k = m.end() - 1;
                break;
            }
        }
        return out;
    }

    /** The territories of the nearest claim cue before a rejection: what "a demand Kyiv has rejected" is about. */
    private static List<Entity> nearestBefore(List<CueTerritories> producing, int at) {
        List<Entity> out = List.of();
        for (CueTerritories c : producing) if (c.start() < at) out = c.territories();
        return out;
    }

    private static boolean same(Claim a, Claim b) {
        return java.util.Objects.equals(a.claimant(), b.claimant()) && a.territory().equals(b.territory()) && a.type().equals(b.type());
    }

    /** Territories the cue is about: those after it in its clause ("control ... Donetsk and Luhansk"), else the nearest before it. */
    private List<Entity> territories(Annotated a, Sentence s, Cue.Match m) {
        int right = clause.rightEdge(s, m.end(), s.tokens().size(), Set.of());
        Set<Entity> after = new LinkedHashSet<>();
        List<Entity> before = new ArrayList<>();
        int left = clause.leftEdge(s, m.start(), 0);
        Mention previous = null;
        Mention previousAfter = null;
        boolean runClosed = false;
        for (Mention x : a.mentionsIn(s.index())) {
            if (x.inQuote()) continue;
            for (Entity e : x.territories()) {
                if (x.start() >= m.start() && x.start() < right) {
                    if (runClosed || cityOf(s, x)) continue;
                    if (previousAfter != null && !joinedTerritories(s, previousAfter, x) && !after.isEmpty()) { runClosed = true; continue; }
                    after.add(e);
                    previousAfter = x;
                }
                else if (x.end() <= m.start()) {
                    // Keep the run of territories joined by "and" ("Crimea and ... Sevastopol"), else the nearest.
                    if (previous == null || x.start() < left || !joinedTerritories(s, previous, x)) before.clear();
                    before.add(e);
                    previous = x;
                }
            }
        }
        if (!after.isEmpty() && !"by".equals(next(s, m))) return new ArrayList<>(after);
        if (!before.isEmpty()) return before;
        for (int k = m.end(); k < Math.min(right, m.end() + 3); k++) {
            // "in control of the peninsula": the territory last named.
            if (s.tokens().get(k).lemma().matches("peninsula|region|territory|province")) {
                Entity last = lastTerritory(a, s.index());
                if (last != null) return List.of(last);
            }
        }
        if (after.isEmpty() && pluralRegions(s, m.end(), right)) return listedTerritories(a, s.index());
        return new ArrayList<>(after);
    }

    /** Named together: "Crimea and ... Sevastopol", or a plain list "Donetsk, Luhansk and Kherson". */
    private static boolean joinedTerritories(Sentence s, Mention a, Mention b) {
        boolean list = true;
        for (int k = a.end(); k < b.start(); k++) {
            String w = s.tokens().get(k).lemma();
            if (w.equals("and")) return true;
            if (!w.matches(",|the|or")) list = false;
        }
        return list;
    }

    private static Entity lastTerritory(Annotated a, int sentence) {
        for (int i = sentence; i >= 1; i--) {
            List<Mention> ms = a.mentionsIn(i);
            for (int j = ms.size() - 1; j >= 0; j--) if (!ms.get(j).territories().isEmpty()) return ms.get(j).territories().get(0);
        }
        return null;
    }

    /** "the annexation of four ... regions", "annex the regions": territories named as a plural. */
    private static boolean pluralRegions(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            String w = s.tokens().get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("regions") || w.equals("territories") || w.equals("provinces") || w.equals("oblasts")) return true;
        }
        return false;
    }

    /** The territories named together in this or the next sentence: what "the regions" refers to. */
    private static List<Entity> listedTerritories(Annotated a, int sentence) {
        Set<Entity> out = new LinkedHashSet<>();
        for (int i = sentence; i <= Math.min(sentence + 1, a.document().sentences().size()) && out.size() < 2; i++) {
            out.clear();
            for (Mention x : a.mentionsIn(i)) if (!x.inQuote()) out.addAll(x.territories());
        }
        if (out.size() < 2) {
            for (int i = sentence - 1; i >= Math.max(1, sentence - 3) && out.size() < 2; i--) {
                out.clear();
                for (Mention x : a.mentionsIn(i)) if (!x.inQuote()) out.addAll(x.territories());
            }
        }
        return out.size() >= 2 ? new ArrayList<>(out) : List.of();
    }

    private static String next(Sentence s, Cue.Match m) {
        return m.end() < s.tokens().size() ? s.tokens().get(m.end()).lemma() : "";
    }

    private Entity claimant(Annotated a, Sentence s, Cue.Match m, String type, Entity territory, Gazetteer gaz) {
        List<Token> toks = s.tokens();
        if (type.equals("CessionDemand")) return demander(a, s, m);
        if (m.cue().text().endsWith(" of") || m.cue().text().contains("federation")) {
            // "making Crimea part of Russia", "become two new regions of the Russian Federation"
            List<Mention> of = Clause.actors(a, s, m.end() - 1, Math.min(toks.size(), m.end() + 4));
            if (!of.isEmpty()) return single(of.get(0));
        }
        if (m.end() < toks.size() && toks.get(m.end()).lemma().equals("by")) {
            List<Mention> by = Clause.actors(a, s, m.end() + 1, Math.min(toks.size(), m.end() + 5));
            if (!by.isEmpty()) return single(by.get(0));
        }
        int left = clause.leftEdge(s, m.start(), 0);
        List<Mention> subj = Clause.actors(a, s, left, m.start());
        // The subject stands right before the cue: no other verb between ("a step the United States
        // has never recognised, and Russian-backed separatists control": not the United States).
        // "the annexation", "partly occupied regions": a noun or an attributive participle takes the clause's subject.
        boolean attributive = m.end() < s.tokens().size() && s.tokens().get(m.end()).pos().matches("NOUN|PROPN");
        boolean nominal = s.tokens().get(m.start()).pos().matches("NOUN|ADJ") || attributive;
        if (!subj.isEmpty() && (nominal || !verbBetween(s, subj.get(subj.size() - 1).end(), m.start()))) return single(subj.get(subj.size() - 1));
        // "Russia, which annexed Crimea in 2014, ...": the antecedent of the relative clause.
        if (left > 1 && s.tokens().get(left - 1).text().matches("(?i)which|who") && s.tokens().get(left - 2).text().equals(",")) {
            List<Mention> before = Clause.actors(a, s, 0, left - 2);
            if (!before.isEmpty()) return single(before.get(before.size() - 1));
        }
        // "Russia, which ..., controls ...": the subject that opens the sentence.
        List<Mention> opening = Clause.actors(a, s, 0, 1);
        if (!opening.isEmpty() && s.tokens().get(opening.get(0).end()).text().equals(",")) return single(opening.get(0));
        for (Mention x : a.mentionsIn(s.index())) {
            // "Russian forces control ...": the state behind the forces.
            if (x.type() == Mention.Type.DEMONYM && x.start() >= left && x.end() < m.start() && !x.inQuote()
                    && s.tokens().get(x.end()).lemma().matches("force|troop|army|military|soldier|troops|forces")) return single(x);
        }
        if (type.equals("SovereigntyClaim")) return gaz.partOf(territory);
        return null;
    }

    /** Who demands the cession: the owner of "X's proposals/demands" in this or the two sentences before. */
    private Entity demander(Annotated a, Sentence s, Cue.Match m) {
        // "Russia ... has demanded that Ukraine withdraw ...": the subject of the demanding verb.
        for (int k = m.start() - 1; k >= 0; k--) {
            if (Cue.first(demandVerbs, s.tokens(), k) == null || !s.tokens().get(k).isVerb()) continue;
            List<Mention> subj = Clause.actors(a, s, clause.leftEdge(s, k, 0), k);
            if (!subj.isEmpty()) return single(subj.get(subj.size() - 1));
            List<Mention> opening = Clause.actors(a, s, 0, 1);
            if (!opening.isEmpty()) return single(opening.get(0));
        }
        for (int i = s.index(); i >= Math.max(1, s.index() - 2); i--) {
            Sentence t = a.sentence(i);
            for (Cue.Match d : demandNouns(t)) {
                List<Mention> owners = Clause.actors(a, t, Math.max(0, d.start() - 5), d.start());
                if (!owners.isEmpty()) return single(owners.get(owners.size() - 1));
            }
        }
        return null;
    }

    private List<Cue.Match> demandNouns(Sentence s) {
        List<Cue.Match> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int k = 1; k < toks.size(); k++) {
            if (!toks.get(k - 1).text().matches("'s|\u2019s")) continue;
            Cue.Match m = Cue.first(demand, toks, k);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Actors that reject, in this sentence or the two before, the claim's territory or its claimant's demands. */
    private List<Entity> rejecters(Annotated a, Sentence s, Entity claimant, Entity territory, boolean demand, List<CueTerritories> producing) {
        Set<Entity> out = new LinkedHashSet<>();
        for (int i = Math.max(1, s.index() - 2); i <= s.index(); i++) {
            Sentence t = a.sentence(i);
            List<Token> toks = t.tokens();
            for (int k = 0; k < toks.size(); k++) {
                if (a.inQuote(toks.get(k)) && !Clause.inScareQuote(a, toks.get(k))) continue;
                Cue.Match r = Cue.first(rejection, toks, k);
                if (r == null) continue;
                k = r.end() + 2;
                boolean about = false;
                for (Mention x : a.mentionsIn(i)) {
                    if (x.start() < r.end() || x.start() > r.end() + 10) continue;
                    if (x.entities().contains(territory) || (claimant != null && x.entities().contains(claimant))) about = true;
                }
                // "rejected ... Putin's proposals. Those include handing over ...": a rejected demand.
                if (!about && demand && i < s.index() && !demandNouns(t).isEmpty()) about = true;
                // In the claim's own sentence, a rejection is about the nearest claim before it.
                if (!about && i == s.index()) about = nearestBefore(producing, r.start()).contains(territory);
                if (!about) continue;
                List<Entity> who = rejecter(a, t, r);
                for (Entity e : who) if (!e.equals(claimant)) out.add(e);
            }
        }
        return new ArrayList<>(out);
    }

    /** Whoever says the rejection ("Obama has said the United States will not recognise ..."), else its subject. */
    private List<Entity> rejecter(Annotated a, Sentence t, Cue.Match r) {
        Entity reporter = clause.reporter(a, t, r.start());
        if (reporter != null) return List.of(reporter);
        int left = clause.leftEdge(t, r.start(), 0);
        List<Mention> subj = Clause.actors(a, t, left, r.start());
        if (!subj.isEmpty()) return subj.get(subj.size() - 1).actors();
        // "Zelenskiy has already all but rejected ...": a main clause takes the sentence's subject.
        boolean mainClause = left == 0 || t.tokens().get(left - 1).lemma().matches("but|and");
        return mainClause ? Clause.subject(a, t, r.start()) : List.of();
    }

    /** "... will not recognise the annexation": a rejection of the article's annexations, wherever it stands. */
    private void annexationRejections(Annotated a, List<Claim> claims) {
        for (Sentence t : a.document().sentences()) {
            List<Token> toks = t.tokens();
            for (int k = 0; k < toks.size(); k++) {
                if (a.inQuote(toks.get(k)) && !Clause.inScareQuote(a, toks.get(k))) continue;
                Cue.Match r = Cue.first(rejection, toks, k);
                if (r == null) continue;
                boolean annexation = false;
                for (int j = Math.max(0, r.start() - 6); j < Math.min(toks.size(), r.end() + 6); j++) {
                    if (toks.get(j).lemma().matches("annexation|annex|annexed")) annexation = true;
                }
                if (!annexation) continue;
                List<Entity> who = rejecter(a, t, r);
                for (int c = 0; c < claims.size(); c++) {
                    Claim claim = claims.get(c);
                    if (claim.type().equals("Annexation")) {
                        List<Entity> extra = who.stream().filter(e -> !e.equals(claim.claimant())).toList();
                        claims.set(c, withRejecters(claim, extra, claim.sentences().get(0)));
                    }
                }
                k = r.end() - 1;
            }
        }
    }

    /** "the Russian-controlled Zaporizhzhia ...", "Russian-held areas": control by that demonym's state. */
    private static void demonymControl(Annotated a, List<Claim> out) {
        for (Sentence s : a.document().sentences()) {
            List<Token> toks = s.tokens();
            for (Mention x : a.mentionsIn(s.index())) {
                if (x.type() != Mention.Type.DEMONYM || x.inQuote() || x.end() + 1 >= toks.size()) continue;
                boolean compound = toks.get(x.end()).text().equals("-") && toks.get(x.end() + 1).lemma().matches("control|controlled|hold|held|occupy|occupied");
                if (!compound) continue;
                for (Mention y : a.mentionsIn(s.index())) {
                    if (y.start() < x.end() + 2 || y.start() > x.end() + 5 || y.territories().isEmpty() || cityOf(s, y)) continue;
                    Claim c = new Claim(x.entities().get(0), y.territories().get(0), "Control", null, List.of(), List.of(s.index()));
                    if (out.stream().noneMatch(o -> same(o, c))) out.add(c);
                    break;
                }
            }
        }
    }

    /** "the city of Zaporizhzhia": the city, not the region of the same name. */
    static boolean cityOf(Sentence s, Mention m) {
        return m.start() >= 2 && s.tokens().get(m.start() - 1).lemma().equals("of") && s.tokens().get(m.start() - 2).lemma().matches("city|town|village");
    }

    /** An annexation stated without a date takes that of the same claimant's dated annexation nearby. */
    private static void shareAnnexationDates(List<Claim> claims) {
        for (int c = 0; c < claims.size(); c++) {
            Claim x = claims.get(c);
            if (!x.type().equals("Annexation") || x.since() != null) continue;
            for (Claim y : claims) {
                if (y.type().equals("Annexation") && y.since() != null && java.util.Objects.equals(y.claimant(), x.claimant())
                        && Math.abs(y.sentences().get(0) - x.sentences().get(0)) <= 2) {
                    claims.set(c, new Claim(x.claimant(), x.territory(), x.type(), y.since(), x.rejectedBy(), x.sentences()));
                    break;
                }
            }
        }
    }

    /** When it began: a date near the cue; for control only one introduced by "since" (other dates are when it was reported). */
    private static String since(Annotated a, Sentence s, Cue.Match m, boolean onlySince) {
        for (DateMention d : a.datesIn(s.index())) {
            if (d.start() < m.start() - 3 || d.start() > m.end() + 12) continue;
            boolean introduced = d.start() > 0 && s.tokens().get(d.start() - 1).lemma().equals("since");
            if (!onlySince || introduced) return d.value();
        }
        return null;
    }

    private static boolean verbBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) if (s.tokens().get(k).pos().equals("VERB")) return true;
        return false;
    }

    private static Entity single(Mention m) {
        return m.actors().size() == 1 ? m.actors().get(0) : null;
    }
}
