package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.extract.Facts.Guarantee;
import org.parley.mention.Annotated;
import org.parley.mention.Cue;
import org.parley.mention.Entity;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Security guarantees: the guarantor is a state named as modifier ("US security guarantees"),
 * after "from/by", or as the subject of "guarantee"; the beneficiary is the state whose
 * security it is ("Ukraine's security", "guarantees for the country"); the stage comes from
 * the clause's words (need, push for: requested; pledge, will: pledged; ...). Lexicon:
 * {@code guarantees.txt}.
 */
final class GuaranteeExtractor {
    private static final List<String> STAGES = List.of("rejected", "requested", "proposed", "pledged");
    private final Clause clause;
    private final List<Cue> triggers;
    private final Map<String, List<Cue>> stages = new java.util.HashMap<>();
    private final org.parley.mention.Gazetteer gaz;

    GuaranteeExtractor(Clause clause, Path lexiconDir, org.parley.mention.Gazetteer gaz) {
        this.clause = clause;
        this.gaz = gaz;
        Map<String, List<String>> sections = LexiconFile.sections(lexiconDir.resolve("guarantees.txt"));
        this.triggers = Cue.of(sections.get("trigger"));
        for (String stage : STAGES) stages.put(stage, Cue.of(sections.get(stage)));
    }

    List<Guarantee> extract(Annotated a) {
        List<Guarantee> out = new ArrayList<>();
        for (Sentence s : a.document().sentences()) {
            List<Token> toks = s.tokens();
            int k = 0;
            while (k < toks.size()) {
                Cue.Match m = a.inQuote(toks.get(k)) ? null : Cue.first(triggers, toks, k);
                if (m == null) { k++; continue; }
                Guarantee g = guarantee(a, s, m);
                if (g != null && !out.contains(g)) out.add(g);
                k = m.end();
            }
        }
        return out;
    }

    private Guarantee guarantee(Annotated a, Sentence s, Cue.Match m) {
        List<Token> toks = s.tokens();
        int left = clause.leftEdge(s, m.start(), 0);
        int right = clause.rightEdge(s, m.end(), toks.size(), Set.of());
        Set<Entity> guarantors = new LinkedHashSet<>();
        Entity beneficiary = null;
        boolean verbForm = m.cue().text().startsWith("guarantee ...");
        for (Mention x : a.mentionsIn(s.index())) {
            if (x.inQuote() || x.entities().size() != 1) continue;
            Entity e = x.entities().get(0);
            boolean state = e.kind().equals("state") || e.kind().equals("organization");
            if (!state) continue;
            boolean possessive = x.end() < toks.size() && toks.get(x.end()).text().matches("'s|\u2019s");
            if (x.start() >= m.start() && x.end() <= m.end()) {
                beneficiary = e;
            } else if (!verbForm && x.end() <= m.start() && x.end() >= m.start() - 1 && !possessive
                    && (x.end() == m.start() || toks.get(x.end()).pos().equals("ADJ"))) {
                guarantors.add(e);
            } else if (x.start() >= m.end() && x.start() <= m.end() + 3 && x.start() > 0
                    && toks.get(x.start() - 1).lemma().matches("for|to") && beneficiary == null) {
                beneficiary = e;
            } else if (x.start() >= m.end() && x.start() < right && x.start() > 0 && toks.get(x.start() - 1).lemma().matches("from|by|,|and")) {
                if (toks.get(x.start() - 1).lemma().matches("from|by") || !guarantors.isEmpty() && afterFromList(toks, m.end(), x.start())) guarantors.add(e);
            } else if (possessive && x.end() <= m.start() && x.start() >= left && beneficiary == null) {
                beneficiary = e;
            }
        }
        if (verbForm && guarantors.isEmpty()) {
            List<Mention> subj = Clause.actors(a, s, left, m.start());
            // The subject, with everything listed with it: "Britain, the United States, France, Turkey and China guaranteed".
            Mention next = null;
            for (int i = subj.size() - 1; i >= 0; i--) {
                Mention x = subj.get(i);
                boolean possessive = x.end() < toks.size() && toks.get(x.end()).text().matches("'s|\u2019s");
                if (possessive || x.actors().size() != 1 || x.actors().get(0).isPerson()) { if (next != null) break; else continue; }
                if (next != null && !listed(toks, x.end(), next.start())) break;
                guarantors.add(x.actors().get(0));
                next = x;
            }
        }
        String status = status(toks, Math.max(0, clause.leftEdgeForSpeaker(s, m.start()) - 1), m);
        int from = clause.leftEdgeForSpeaker(s, m.start());
        if (guarantors.isEmpty()) guarantors.addAll(fromList(a, s, from, m.start()));
        Entity requester = null;
        if (guarantors.isEmpty() && status.equals("Requested")) {
            // "Kyiv had pressed Washington, London and Moscow for ... guarantees": those pressed would guarantee.
            List<Mention> ms = Clause.actors(a, s, from, m.start());
            if (ms.size() >= 2) {
                requester = stateOf(ms.get(0).actors().get(0), a);
                for (Mention x : ms.subList(1, ms.size())) for (Entity e : x.actors()) guarantors.add(stateOf(e, a));
            }
        }
        if (guarantors.isEmpty() && !verbForm && status.equals("Pledged")) {
            // "Clinton, Major, Yeltsin and Kuchma signed a memorandum on security assurances": the signers' states.
            for (Entity e : Clause.subject(a, s, m.start())) guarantors.add(stateOf(e, a));
        }
        if (beneficiary == null) beneficiary = requester;
        if (beneficiary == null) beneficiary = firstState(a, s, guarantors);
        if (beneficiary == null) return null;
        guarantors.remove(beneficiary);
        Entity statedBy = statedBy(a, s, clause.leftEdge(s, m.start(), 0), m.start());
        return new Guarantee(new ArrayList<>(guarantors), beneficiary, status, statedBy, List.of(s.index()));
    }

    /** "promises from the United States, Britain and Russia to ...": the states after "from". */
    private List<Entity> fromList(Annotated a, Sentence s, int left, int right) {
        List<Token> toks = s.tokens();
        List<Entity> out = new ArrayList<>();
        for (int k = left; k < right; k++) {
            if (!toks.get(k).lemma().equals("from")) continue;
            int j = k + 1;
            while (j < right) {
                Mention x = a.mentionAt(s.index(), j);
                if (x != null && x.actors().size() == 1 && !x.actors().get(0).isPerson()) { out.add(x.actors().get(0)); j = x.end(); }
                else if (toks.get(j).text().matches(",|and|the")) j++;
                else break;
            }
            if (!out.isEmpty()) return out;
        }
        return out;
    }

    /** A leader gives guarantees in the name of the state they lead on the article's date. */
    private Entity stateOf(Entity e, Annotated a) {
        if (!e.isPerson()) return e;
        var t = gaz.leadingTenure(e, a.article().published());
        return t != null ? t.office() : e;
    }

    /** "would not give Ukraine ... guarantees": a refused pledge. */
    private static boolean negatedBefore(List<Token> toks, int from, int to) {
        for (int k = Math.max(from, to - 8); k < to; k++) if (toks.get(k).lemma().matches("not|never|n't|refuse")) return true;
        return false;
    }

    private static boolean listed(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (!toks.get(k).text().matches(",|and|the|including")) return false;
        return true;
    }

    private static boolean afterFromList(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (toks.get(k).lemma().equals("from")) return true;
        return false;
    }

    private static Entity firstState(Annotated a, Sentence s, Set<Entity> not) {
        for (Mention x : a.mentionsIn(s.index())) {
            if (x.inQuote() || x.entities().size() != 1 || x.type() == Mention.Type.DEMONYM) continue;
            Entity e = x.entities().get(0);
            if (e.kind().equals("state") && !not.contains(e)) return e;
        }
        return null;
    }

    /**
     * The stage named by the cue nearest the trigger ("in return for promises from ... to respect":
     * the promise; "in exchange for ... guarantees": the exchange); a rejection anywhere in the
     * clause wins. Cue words inside the trigger itself do not count.
     */
    private String status(List<Token> toks, int from, Cue.Match trigger) {
        int to = Math.min(toks.size(), trigger.end() + 3);
        if (Clause.any(stages.get("rejected"), toks, from, to)) return "Rejected";
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String stage : STAGES) {
            for (Cue c : stages.get(stage)) {
                for (int k = from; k < to; k++) {
                    Cue.Match x = c.matchAt(toks, k);
                    if (x == null || x.end() > to || (x.start() < trigger.end() && x.end() > trigger.start())) continue;
                    int d = x.end() <= trigger.start() ? trigger.start() - x.end() : x.start() - trigger.end() + 2;
                    if (d < bestDistance) { bestDistance = d; best = stage; }
                }
            }
        }
        if ("pledged".equals(best) && negatedBefore(toks, from, trigger.start())) return "Rejected";
        return best == null ? "Proposed" : Character.toUpperCase(best.charAt(0)) + best.substring(1);
    }

    /** Who states it: the clause's subject; in a relative clause ("the leaders ..., who ... push for") its antecedent, if one person. */
    private static Entity statedBy(Annotated a, Sentence s, int left, int before) {
        if (left > 1 && s.tokens().get(left - 1).text().matches("(?i)who|which")) {
            Mention antecedent = null;
            for (Mention m : a.mentionsIn(s.index())) if (m.end() <= left - 1 && !m.inQuote()) antecedent = m;
            return antecedent != null && antecedent.isPerson() && antecedent.entities().size() == 1 ? antecedent.entities().get(0) : null;
        }
        for (Entity e : Clause.subject(a, s, before)) if (e.isPerson()) return e;
        return null;
    }
}
