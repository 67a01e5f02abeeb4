package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.extract.Facts.Stance;
import org.parley.mention.Annotated;
import org.parley.mention.Cue;
import org.parley.mention.Entity;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Stances: a support or opposition cue, its holder (the cue's subject), and the proposal it
 * is about (the nearest proposal named after it; "that proposal" means the last one named;
 * "rejected X's proposals. Those include ..." means the next sentence's). A cue embedded in
 * another's reach ("urged Trump to insist that Putin agree to a ceasefire") is not a second
 * stance. Reversals ("reversed course") add the opposite stance, superseding the earlier one.
 * Lexicon: {@code stances.txt}, proposal kinds in {@code proposals.tsv}.
 */
final class StanceExtractor {
    private static final int REACH = 16;
    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no");
    private static final Set<String> NORMATIVE = Set.of("should", "must", "ought");

    private final Clause clause;
    private final ProposalKinds proposals;
    private final List<Cue> supports;
    private final List<Cue> opposes;
    private final List<Cue> reversal;
    private final List<Cue> anaphor;
    private final List<Cue> position;
    private final List<Cue> demand;
    /** Set by {@link #target} when a proposal is found through "X's proposals": X. */
    private Entity lastDemander;
    private String lastDemandKind;

    StanceExtractor(Clause clause, ProposalKinds proposals, Path lexiconDir) {
        this.clause = clause;
        this.proposals = proposals;
        Map<String, List<String>> sec = LexiconFile.sections(lexiconDir.resolve("stances.txt"));
        supports = Cue.of(sec.get("supports"));
        opposes = Cue.of(sec.get("opposes"));
        reversal = Cue.of(sec.get("reversal"));
        anaphor = Cue.of(sec.get("anaphor"));
        position = Cue.of(sec.get("position"));
        demand = Cue.of(LexiconFile.sections(lexiconDir.resolve("claims.txt")).get("demand"));
    }

    /** Stances, and every proposal the article names with its proposer where given. */
    record Result(List<Stance> stances, List<Facts.Proposal> proposals) {}

    Result extract(Annotated a) {
        List<Stance> out = new ArrayList<>();
        java.util.Map<String, Entity> proposer = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<Integer>> named = new java.util.LinkedHashMap<>();
        String lastKind = null;
        lastDemander = null;
        lastDemandKind = null;
        for (Sentence s : a.document().sentences()) {
            List<Token> toks = s.tokens();
            List<ProposalKinds.Found> found = proposals.find(toks).stream().filter(f -> !a.inQuote(toks.get(f.start()))).toList();
            for (ProposalKinds.Found f : found) named.computeIfAbsent(f.kind().slug(), k -> new java.util.TreeSet<>()).add(s.index());
            int reachedUntil = -1;
            for (int k = 0; k < toks.size(); k++) {
                if (a.inQuote(toks.get(k)) || k < reachedUntil) continue;
                Cue.Match rev = Cue.first(reversal, toks, k);
                if (rev != null) {
                    reverse(a, s, rev, out);
                    k = rev.end() - 1;
                    continue;
                }
                Cue.Match pos = position(toks, k);
                String polarity = null;
                Cue.Match cue = Cue.first(opposes, toks, k);
                if (cue != null) polarity = "Opposes";
                else if ((cue = Cue.first(supports, toks, k)) != null) polarity = "Supports";
                if (cue == null && pos == null) continue;
                if (cue == null) { cue = pos; polarity = "Supports"; }
                if (negated(toks, cue.start()) && !cue.cue().text().startsWith("not")) polarity = polarity.equals("Supports") ? "Opposes" : "Supports";
                String kind = target(a, s, found, cue, lastKind);
                if (kind == null) continue;
                reachedUntil = endOf(found, kind, cue);
                // "demanded that Ukraine abandon its ambition to join NATO": an opposing verb on the way flips it.
                int proposalStart = startOf(found, kind, cue, reachedUntil);
                // "would make no territorial concessions": a negated proposal is opposed.
                int d = proposalStart - 1;
                while (d > cue.end() && toks.get(d).pos().equals("ADJ")) d--;
                if (d >= cue.end() && toks.get(d).lemma().matches("no|not|never")) polarity = polarity.equals("Supports") ? "Opposes" : "Supports";
                for (int j = cue.end(); j < proposalStart; j++) {
                    if (Cue.first(opposes, toks, j) != null || Cue.first(reversal, toks, j) != null) {
                        polarity = polarity.equals("Supports") ? "Opposes" : "Supports";
                        break;
                    }
                }
                List<Entity> holders = pos == cue ? owner(a, s, cue.start() - 1) : holders(a, s, cue.start());
                for (Entity h : holders) add(out, new Stance(h, kind, polarity, -1, List.of(s.index())));
                named.computeIfAbsent(kind, x -> new java.util.TreeSet<>()).add(s.index());
                // Who put it forward: "a US proposal for", "Moscow's position that", or whoever proposes it.
                if ((pos == cue || cue.cue().text().equals("propose")) && holders.size() == 1) proposer.putIfAbsent(kind, holders.get(0));
                if (lastDemander != null && lastDemandKind != null && lastDemandKind.equals(kind)) proposer.putIfAbsent(kind, lastDemander);
                // "to cease fire and return to peace talks": a proposal joined to the first shares its stance.
                for (ProposalKinds.Found f : found) {
                    if (f.start() < reachedUntil || f.start() > reachedUntil + 12 || f.kind().slug().equals(kind)) continue;
                    boolean joined = false;
                    for (int j = reachedUntil; j < f.start(); j++) if (toks.get(j).lemma().matches("and|or")) joined = true;
                    if (!joined) break;
                    for (Entity h : holders) add(out, new Stance(h, f.kind().slug(), polarity, -1, List.of(s.index())));
                    reachedUntil = f.end();
                }
                for (int j = cue.end(); j < reachedUntil; j++) {
                    Cue.Match inner = position(toks, j);
                    if (inner == null) continue;
                    List<Entity> owners = owner(a, s, inner.start() - 1);
                    for (Entity h : owners) add(out, new Stance(h, kind, "Supports", -1, List.of(s.index())));
                    if (owners.size() == 1) proposer.putIfAbsent(kind, owners.get(0));
                }
                k = Math.max(k, cue.end() - 1);
            }
            if (!found.isEmpty()) lastKind = found.get(found.size() - 1).kind().slug();
        }
        List<Facts.Proposal> ps = new ArrayList<>();
        named.forEach((kind, sentences) -> ps.add(new Facts.Proposal(kind, proposer.get(kind), new ArrayList<>(sentences))));
        return new Result(out, ps);
    }

    private static void add(List<Stance> out, Stance st) {
        for (Stance o : out) {
            if (o.holder().equals(st.holder()) && o.proposalKind().equals(st.proposalKind()) && o.polarity().equals(st.polarity())) return;
        }
        out.add(st);
    }

    /** "reversed course": the holder's latest stance is replaced by its opposite. */
    private void reverse(Annotated a, Sentence s, Cue.Match rev, List<Stance> out) {
        for (Entity h : holders(a, s, rev.start())) {
            for (int i = out.size() - 1; i >= 0; i--) {
                Stance old = out.get(i);
                if (!old.holder().equals(h)) continue;
                String flipped = old.polarity().equals("Supports") ? "Opposes" : "Supports";
                out.add(new Stance(h, old.proposalKind(), flipped, i, List.of(s.index())));
                break;
            }
        }
    }

    /** The proposal the cue is about: named after it within reach, an anaphor, or the next sentence's. */
    private String target(Annotated a, Sentence s, List<ProposalKinds.Found> found, Cue.Match cue, String lastKind) {
        for (ProposalKinds.Found f : found) {
            if (f.start() >= cue.start() && f.start() <= cue.end() + REACH && !circumstantial(s.tokens(), f.start())) return f.kind().slug();
        }
        List<Token> toks = s.tokens();
        for (int k = cue.end(); k < Math.min(toks.size(), cue.end() + 4); k++) {
            if (Cue.first(anaphor, toks, k) != null && lastKind != null) return lastKind;
        }
        // "referendums held ..., which Ukraine called a sham": the proposal stands before the relative clause.
        int left = clause.leftEdge(s, cue.start(), 0);
        if (left > 0 && toks.get(left - 1).lemma().equals("which")) {
            for (int i = found.size() - 1; i >= 0; i--) {
                ProposalKinds.Found f = found.get(i);
                if (f.end() <= left && f.end() >= left - 12) return f.kind().slug();
            }
        }
        for (int k = cue.end(); k < Math.min(toks.size(), cue.end() + 8); k++) {
            if (k > 0 && toks.get(k - 1).text().matches("'s|\u2019s") && Cue.first(demand, toks, k) != null && s.index() < a.document().sentences().size()) {
                List<ProposalKinds.Found> next = proposals.find(a.sentence(s.index() + 1).tokens());
                if (!next.isEmpty()) {
                    // "rejected the outline of Putin's proposals. Those include ...": Putin proposed it.
                    List<Entity> owners = owner(a, s, k - 2);
                    lastDemander = owners.size() == 1 ? owners.get(0) : null;
                    lastDemandKind = next.get(0).kind().slug();
                    return lastDemandKind;
                }
            }
        }
        return null;
    }

    /** "... in any post-war settlement": a proposal after "in" is the setting, not what the stance is about. */
    private static boolean circumstantial(List<Token> toks, int start) {
        int k = start - 1;
        while (k >= 0 && (toks.get(k).pos().equals("DET") || toks.get(k).pos().equals("ADJ"))) k--;
        return k >= 0 && toks.get(k).lemma().equals("in");
    }

    /** Where the proposal the cue is about begins ("urged Aliyev to halt the offensive": "halt" is the proposal, not a flip). */
    private static int startOf(List<ProposalKinds.Found> found, String kind, Cue.Match cue, int fallback) {
        for (ProposalKinds.Found f : found) if (f.kind().slug().equals(kind) && f.start() >= cue.start()) return f.start();
        return fallback;
    }

    private static int endOf(List<ProposalKinds.Found> found, String kind, Cue.Match cue) {
        for (ProposalKinds.Found f : found) if (f.kind().slug().equals(kind) && f.start() >= cue.start()) return f.end();
        return cue.end();
    }

    /** The cue's subject; for "saying Ukraine should ..." the one saying it. */
    private List<Entity> holders(Annotated a, Sentence s, int at) {
        List<Token> toks = s.tokens();
        int left = clause.leftEdge(s, at, 0);
        boolean normative = false;
        for (int k = left; k < at; k++) if (NORMATIVE.contains(toks.get(k).lemma())) normative = true;
        boolean reported = left > 0 && (toks.get(left - 1).lemma().equals("say") || toks.get(left - 1).text().equalsIgnoreCase("saying"));
        // "Erdogan hosted the two delegations ... and urged them": the verb after "and" shares the first subject.
        for (int k = at - 1; k >= left; k--) {
            if (a.mentionAt(s.index(), k) != null) break;
            if (toks.get(k).lemma().equals("and")) {
                List<Entity> subj = Clause.subject(a, s, at);
                if (!subj.isEmpty()) return subj;
                break;
            }
        }
        if (!(normative && reported)) {
            List<Mention> subj = Clause.actors(a, s, left, at);
            if (!subj.isEmpty()) {
                List<Entity> out = new ArrayList<>();
                Mention last = subj.get(subj.size() - 1);
                for (Mention m : subj) if (m == last || Clause.joined(s, m.end(), last.start()) || joinedChain(s, subj, m, last)) out.addAll(m.actors());
                return out.stream().distinct().toList();
            }
            if (left > 1 && toks.get(left - 1).text().matches("(?i)who|whose|which")) {
                List<Mention> before = Clause.actors(a, s, 0, left - 1);
                if (!before.isEmpty()) return before.get(before.size() - 1).actors();
            }
        }
        return Clause.subject(a, s, at);
    }

    private static boolean joinedChain(Sentence s, List<Mention> ms, Mention from, Mention last) {
        int i = ms.indexOf(from);
        for (int j = i; j < ms.indexOf(last); j++) if (!Clause.joined(s, ms.get(j).end(), ms.get(j + 1).start())) return false;
        return true;
    }

    /** "Moscow's position": the owner before the possessive. */
    private static List<Entity> owner(Annotated a, Sentence s, int at) {
        for (int k = Math.min(at, s.tokens().size() - 1); k >= Math.max(0, at - 4); k--) {
            Mention m = a.mentionAt(s.index(), k);
            if (m != null && !m.inQuote() && m.isActor() || m != null && m.type() == Mention.Type.DEMONYM) return m.entities();
        }
        return List.of();
    }

    /** "Moscow's position", "a US proposal": a position noun owned by the actor just before it. */
    private Cue.Match position(List<Token> toks, int k) {
        if (k == 0) return null;
        boolean possessive = toks.get(k - 1).text().matches("'s|\u2019s");
        boolean modifier = toks.get(k - 1).isCapitalised() && toks.get(k - 1).isProperNoun() && toks.get(k).lemma().matches("proposal|plan|offer|initiative");
        if (!possessive && !modifier) return null;
        if (modifier) return new Cue.Match(new Cue(toks.get(k).lemma()), k, k + 1);
        return Cue.first(position, toks, k);
    }

    private static boolean negated(List<Token> toks, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) if (NEGATION.contains(toks.get(k).lemma()) || NEGATION.contains(toks.get(k).text())) return true;
        return false;
    }
}
