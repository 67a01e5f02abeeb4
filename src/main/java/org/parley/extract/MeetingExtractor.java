package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.extract.Facts.Meeting;
import org.parley.mention.Annotated;
import org.parley.mention.Cue;
import org.parley.mention.DateMention;
import org.parley.mention.Entity;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Meetings from verb cues ("met with", "hosted", "spoke to") and noun cues ("summit",
 * "talks", "encounter"), with participants, host, place, date and status from the clause.
 * Cues of one sentence joined by "where", or a noun followed by "hosted by", are one meeting.
 * Across the article, mentions of the same meeting are merged: same status and kind,
 * dates and places that do not conflict, and participants that match or are contained.
 * Lexicon: {@code meetings.txt}.
 */
final class MeetingExtractor {
    private static final Set<String> HOLD = Set.of("hold", "have", "host", "attend", "join", "begin", "chair", "start", "end", "conclude", "open", "wrap");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> RELATIVE = Set.of("where", "which");

    private final Clause clause;
    private final List<Cue> verbs;
    private final List<Cue> nouns;
    private final List<Cue> needsObject;
    private final List<Cue> proposed;
    private final List<Cue> planned;
    private final Set<String> generic;
    private final List<Cue> cancelled;
    private final List<Cue> attendance;
    private final Map<String, String> types = new HashMap<>();

    private final org.parley.mention.Gazetteer gaz;

    MeetingExtractor(Clause clause, Path lexiconDir, org.parley.mention.Gazetteer gaz) {
        this.clause = clause;
        this.gaz = gaz;
        Map<String, List<String>> sec = LexiconFile.sections(lexiconDir.resolve("meetings.txt"));
        verbs = Cue.of(sec.get("verb"));
        nouns = Cue.of(sec.get("noun"));
        needsObject = Cue.of(sec.get("needs-object"));
        proposed = Cue.of(sec.get("proposed"));
        planned = Cue.of(sec.get("planned"));
        generic = Set.copyOf(sec.get("generic"));
        attendance = Cue.of(sec.get("attendance"));
        cancelled = Cue.of(sec.get("cancelled"));
        for (String line : sec.get("type")) {
            String[] kv = line.split("=");
            types.put(kv[0].strip(), kv[1].strip());
        }
    }

    /** A meeting as it is being put together. */
    private static final class Draft {
        final Set<Entity> participants = new LinkedHashSet<>();
        Entity host;
        Entity location;
        String date;
        String status = "Held";
        String type;
        final Set<Integer> sentences = new LinkedHashSet<>();
        /** Only lists who attended: it belongs to the meeting last named. */
        boolean attendanceOnly;

        Meeting build() {
            List<Entity> ps = new ArrayList<>(participants);
            if (host != null && !ps.contains(host)) ps.add(0, host);
            return new Meeting(ps, host, location, date, status, type, new ArrayList<>(sentences));
        }
    }

    private record Trigger(Cue.Match match, boolean verb) {}

    List<Meeting> extract(Annotated a) {
        List<Draft> all = new ArrayList<>();
        for (Sentence s : a.document().sentences()) all.addAll(sentence(a, s));
        List<Draft> merged = new ArrayList<>();
        // The lead meeting: the first one the article's first two sentences report as held. Attendance
        // lists and "the talks" further down are about it.
        Draft lead = all.stream().filter(d -> d.status.equals("Held") && !d.attendanceOnly && d.sentences.iterator().next() <= 2
                && (d.host != null || d.location != null || d.participants.size() >= 2)).findFirst().orElse(null);
        for (Draft d : all) {
            if (d == lead) { merged.add(d); continue; }
            if (d.attendanceOnly) {
                Draft into = lead != null ? lead : merged.stream().filter(m -> m.status.equals("Held")).reduce((x, y) -> y).orElse(null);
                if (into != null) absorb(into, d);
                continue;
            }
            if (d.participants.size() + (d.host != null && !d.participants.contains(d.host) ? 1 : 0) < 2) {
                // "The talks on Tuesday were hosted by Saudi Arabia": more about the lead or the latest matching meeting.
                if (lead != null && compatibleApartFromParticipants(lead, d)) { absorb(lead, d); continue; }
                for (int i = merged.size() - 1; i >= 0; i--) {
                    if (compatibleApartFromParticipants(merged.get(i), d)) { absorb(merged.get(i), d); break; }
                }
                continue;
            }
            Draft into = null;
            for (Draft m : merged) if (compatible(m, d)) { into = m; break; }
            if (into == null) merged.add(d); else absorb(into, d);
        }
        // A meeting still without a place takes the one place its first sentence names after "in" or "at".
        for (Draft d : merged) {
            if (d.location != null) continue;
            int first = d.sentences.iterator().next();
            Sentence s = a.sentence(first);
            List<Entity> places = a.mentionsIn(first).stream().filter(m -> !m.inQuote() && m.place() != null && Clause.isLocative(s, m))
                    .map(Mention::place).distinct().toList();
            if (places.size() == 1) d.location = places.get(0);
        }
        // A meeting still without a date takes the date its first sentence gives, if that sentence gives one.
        for (Draft d : merged) {
            if (d.date != null || !d.status.equals("Held")) continue;
            int first = d.sentences.iterator().next();
            if (!a.datesIn(first).isEmpty()) d.date = a.datesIn(first).get(0).value();
            else if (first > 1 && !a.datesIn(first - 1).isEmpty()) d.date = a.datesIn(first - 1).get(0).value();
        }
        return merged.stream().filter(d -> d.participants.size() + (d.host != null && !d.participants.contains(d.host) ? 1 : 0) >= 2)
                .map(Draft::build).toList();
    }

    private List<Draft> sentence(Annotated a, Sentence s) {
        List<Token> toks = s.tokens();
        List<Trigger> triggers = triggers(a, s);
        List<Draft> out = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            int start = t.match().start();
            int end = t.match().end();
            int prevEnd = i > 0 ? triggers.get(i - 1).match().end() : 0;
            int nextStart = i + 1 < triggers.size() ? triggers.get(i + 1).match().start() : toks.size();
            int left = Math.max(prevEnd, clause.leftEdge(s, start, 0));
            // "had spoken to Putin on Monday and would call him": the second verb shares the subject, not the object.
            for (int k = start - 1; t.verb() && k >= left; k--) {
                if (a.mentionAt(s.index(), k) != null) break; // "Biden and Erdogan are due to meet": joined subjects
                if (toks.get(k).lemma().equals("and") || toks.get(k).lemma().equals("but")) { left = k + 1; break; }
            }
            int right = clause.rightEdge(s, end, nextStart, t.verb() ? Set.of() : RELATIVE);
            if (!t.verb() && start > 0 && generic.contains(toks.get(start - 1).lemma())) continue;
            if (!t.verb() && start > 1 && generic.contains(toks.get(start - 2).lemma())) continue;

            List<Entity> participants = new ArrayList<>();
            Entity host = null;
            if (t.verb()) {
                List<Entity> subj = subjectLeft(a, s, left, start);
                List<Entity> obj = Clause.entities(Clause.actors(a, s, end, right));
                if (isNeedsObject(t) && obj.isEmpty()) continue;
                if (lemma(t).matches("call|phone") && !personRightAfter(a, s, end)) continue;
                boolean passive = end < toks.size() && toks.get(end).lemma().equals("by");
                if (lemma(t).equals("host")) {
                    if (passive && !obj.isEmpty()) { host = obj.get(0); }
                    else if (!subj.isEmpty()) { host = subj.get(subj.size() - 1); } // "Zelensky, whom Starmer had hosted"

                }
                participants.addAll(subj);
                participants.addAll(obj);
            } else {
                participants.addAll(nounParticipants(a, s, left, start, end, right));
                if (Clause.any(cancelled, toks, left, start)) continue;
                if (t.match().cue().text().contains("call")) {
                    // "Blinken had urged Aliyev in a phone call on Tuesday": everyone named in the clause was on the call.
                    for (Mention x : Clause.actors(a, s, left, right)) if (x.isPerson()) for (Entity e : x.actors()) if (!participants.contains(e)) participants.add(e);
                }
                if (participants.isEmpty()) participants.addAll(mainClauseSubject(a, s, start));
                if (participants.size() < 2 && precededBy(toks, start, "during|at|in")) {
                    // "Trump and Vance berated Zelensky during a meeting": those of the clause were there.
                    for (Entity e : Clause.entities(Clause.actors(a, s, left, start))) if (!participants.contains(e)) participants.add(e);
                }
                boolean definite = start > 0 && DEFINITE.contains(toks.get(start - 1).lemma()) || start > 1 && DEFINITE.contains(toks.get(start - 2).lemma());
                if (participants.isEmpty() && definite && !hasPlaceOrDate(a, s, end, right)) continue;
                if (participants.size() < 2) {
                    for (Entity e : Clause.subject(a, s, start)) if (!participants.contains(e)) participants.add(e);
                }
            }
            boolean passiveHost = t.verb() && lemma(t).equals("host") && end < toks.size() && toks.get(end).lemma().equals("by") && i > 0 && !triggers.get(i - 1).verb();
            boolean nounAfterVerb = !t.verb() && i > 0 && triggers.get(i - 1).verb() && start - prevEnd <= 2;
            boolean joins = current != null && (nounAfterVerb || t.verb() && (linkedByRelative(toks, prevEnd, start) || start - prevEnd <= 1 || passiveHost));
            Draft d = joins ? current : new Draft();
            d.participants.addAll(participants);
            if (host != null && d.host == null) d.host = host;
            d.sentences.add(s.index());
            if (d.location == null) d.location = place(a, s, left, right, start);
            if (d.date == null) d.date = date(a, s, left, right);
            if (d.type == null) d.type = type(t, toks, left, right);
            if (!joins) {
                d.status = status(a, s, left, t.verb() ? start : right);
                out.add(d);
                current = d;
            }
        }
        if (out.isEmpty() && Clause.any(attendance, toks, 0, toks.size())) {
            Draft d = new Draft();
            d.attendanceOnly = true;
            d.participants.addAll(Clause.entities(Clause.actors(a, s, 0, toks.size())));
            d.sentences.add(s.index());
            out.add(d);
        }
        // A cue with fewer than two participants in a sentence that has another meeting adds to it.
        List<Draft> kept = new ArrayList<>();
        for (Draft d : out) {
            if (d.participants.size() < 2 && !kept.isEmpty()) absorb(kept.get(kept.size() - 1), d);
            else kept.add(d);
        }
        return kept;
    }

    private List<Trigger> triggers(Annotated a, Sentence s) {
        List<Trigger> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int k = 0;
        while (k < toks.size()) {
            Trigger found = null;
            if (!a.inQuote(toks.get(k))) {
                for (Cue c : verbs) {
                    Cue.Match m = c.matchAt(toks, k);
                    if (m != null && verbal(toks, k)) { found = new Trigger(m, true); break; }
                }
                if (found == null) {
                    for (Cue c : nouns) {
                        Cue.Match m = c.matchAt(toks, k);
                        if (m != null && !verbal(toks, k)) { found = new Trigger(m, false); break; }
                    }
                }
            }
            if (found != null) {
                out.add(found);
                k = found.match().end();
            } else {
                k++;
            }
        }
        return out;
    }

    /**
     * Whether a cue word is used as a verb. The tagger is not reliable here ("met" comes out
     * as a noun), so: a verb unless a determiner, possessive or adjective stands before it.
     */
    private static boolean verbal(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (k == 0) return t.isVerb();
        Token prev = toks.get(k - 1);
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        if (prev.pos().equals("DET") || prev.pos().equals("NUM") || prev.text().matches("'s|\u2019s|their|his|her|its|our")) return false;
        // "after hosting talks": a gerund after a preposition, whatever the tagger says.
        if (text.endsWith("ing") && prev.lemma().matches("after|before|by|while|without|since|for|on|upon|of|from")) return true;
        // "last met", "hosted": an inflected form ("met" for "meet") is a verb even after an adverb tagged ADJ.
        if (t.isVerb() || !text.equals(t.lemma()) && !text.endsWith("s") && !text.endsWith("ing")) return true;
        return false;
    }

    private List<Entity> subjectLeft(Annotated a, Sentence s, int left, int start) {
        List<Mention> ms = Clause.actors(a, s, left, start);
        if (!ms.isEmpty()) return Clause.entities(ms);
        // "Putin, whose forces ..., is prepared to sit down": the subject stands before the relative clause.
        if (left > 1 && s.tokens().get(left - 1).text().matches("(?i)who|whose|which") && s.tokens().get(left - 2).text().equals(",")) {
            List<Mention> before = Clause.actors(a, s, 0, left - 2);
            if (!before.isEmpty()) return before.get(before.size() - 1).actors();
        }
        return Clause.subject(a, s, start);
    }

    /** Possessives and modifiers before the noun, "with/between X" and a where-clause after it. */
    private List<Entity> nounParticipants(Annotated a, Sentence s, int left, int start, int end, int right) {
        List<Token> toks = s.tokens();
        Set<Entity> out = new LinkedHashSet<>();
        boolean held = false;
        for (int k = left; k < start; k++) if (HOLD.contains(toks.get(k).lemma()) && toks.get(k).isVerb()) held = true;
        int npStart = start;
        while (npStart > left && !toks.get(npStart - 1).isVerb() && !toks.get(npStart - 1).lemma().matches("in|at|on|of|with|to|for|during|after|from")) npStart--;
        for (Mention m : Clause.actors(a, s, held ? left : npStart, start)) {
            // "a Kremlin ceremony", "an Oval Office meeting": a place named before the noun is where, not who.
            if (m.start() >= npStart && m.place() != null) continue;
            out.addAll(m.actors());
        }
        // After the noun: the people and states after "with", "between" or "of" (through appositions, up to
        // the next verb), and those of a where-clause.
        for (int k = end; k < right; k++) {
            boolean attendedBy = toks.get(k).lemma().equals("by") && k > 0 && toks.get(k - 1).lemma().matches("attend|join|accompany|attended|joined");
            if (!toks.get(k).lemma().matches("with|between|among|where|which") && !attendedBy) continue;
            for (int j = k + 1; j < right; j++) {
                if (toks.get(j).isVerb() && !toks.get(j).lemma().equals("lead") && !toks.get(k).lemma().matches("where|which")) break;
                Mention x = a.mentionAt(s.index(), j);
                if (x == null) continue;
                boolean possessive = x.end() < toks.size() && toks.get(x.end()).text().matches("'s|\u2019s");
                if (!x.inQuote() && x.isActor() && !Clause.isLocative(s, x) && !possessive) out.addAll(x.actors());
                j = x.end() - 1;
            }
            break;
        }
        return new ArrayList<>(out);
    }

    private static boolean precededBy(List<Token> toks, int start, String words) {
        int k = start - 1;
        while (k >= 0 && toks.get(k).pos().matches("DET|ADJ|NUM")) k--;
        return k >= 0 && toks.get(k).lemma().matches(words);
    }

    /** "At a ceremony in the Kremlin, Putin and ... signed": a leading phrase's noun takes the main clause's subject. */
    private static List<Entity> mainClauseSubject(Annotated a, Sentence s, int start) {
        List<Token> toks = s.tokens();
        if (toks.isEmpty() || !toks.get(0).pos().equals("ADP")) return List.of();
        int comma = -1;
        for (int k = start; k < toks.size(); k++) if (toks.get(k).text().equals(",")) { comma = k; break; }
        for (int k = 0; k < start; k++) if (toks.get(k).text().equals(",")) return List.of();
        if (comma < 0) return List.of();
        int verb = comma + 1;
        // The main verb: not one inside a mention or a hyphenated compound ("Moscow-installed").
        while (verb < toks.size() && !(toks.get(verb).isVerb() && a.mentionAt(s.index(), verb) == null && toks.get(verb).spaceBefore())) verb++;
        return Clause.entities(Clause.actors(a, s, comma + 1, verb));
    }

    /** "called him", "phoned Putin" — not "called Russia's move a land grab". */
    private static boolean personRightAfter(Annotated a, Sentence s, int at) {
        Mention m = a.mentionAt(s.index(), at);
        if (m == null || !m.isPerson()) return false;
        return m.end() >= s.tokens().size() || !s.tokens().get(m.end()).text().matches("'s|\u2019s");
    }

    private static boolean linkedByRelative(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (RELATIVE.contains(toks.get(k).lemma())) return true;
        return false;
    }

    private boolean isNeedsObject(Trigger t) {
        for (Cue c : needsObject) if (c.text().equals(t.match().cue().text()) || c.text().equals(lemma(t))) return true;
        return false;
    }

    private static String lemma(Trigger t) {
        return t.match().cue().text().split(" ")[0];
    }

    private static boolean hasPlaceOrDate(Annotated a, Sentence s, int from, int to) {
        return place(a, s, from, to, -1) != null || date(a, s, from, to) != null;
    }

    /**
     * Where: a named place after "in" or "at" ("in Alaska", "in the Saudi city of Jeddah") or before
     * the noun ("Oval Office meeting"); failing that a state or territory after "in" in the same
     * clause, with no verb between it and the cue.
     */
    static Entity place(Annotated a, Sentence s, int from, int to, int cueStart) {
        Entity fallback = null;
        for (Mention m : a.mentionsIn(s.index())) {
            if (m.start() < from || m.end() > to || m.inQuote() || m.type() == Mention.Type.DEMONYM) continue;
            boolean beforeNoun = m.end() == cueStart && m.place() != null; // "an Oval Office meeting"
            boolean locative = Clause.isLocative(s, m) && !Clause.precededBy(s, m, "to", "from") || beforeNoun;
            if (!locative) continue;
            if (m.place() != null) return m.place();
            if (fallback == null && m.entities().stream().anyMatch(e -> e.kind().equals("state") || e.kind().equals("territory"))) {
                boolean verbBetween = false;
                for (int k = from; k < m.start(); k++) if (s.tokens().get(k).pos().equals("VERB")) verbBetween = true;
                if (!verbBetween) fallback = m.entities().get(0);
            }
        }
        return fallback;
    }

    static String date(Annotated a, Sentence s, int from, int to) {
        for (DateMention d : a.datesIn(s.index())) if (d.start() >= from && d.end() <= to) return d.value();
        return null;
    }

    private String status(Annotated a, Sentence s, int left, int start) {
        List<Token> toks = s.tokens();
        if (Clause.any(proposed, toks, left, start)) return "Proposed";
        if (Clause.any(planned, toks, left, start)) return "Planned";
        return "Held";
    }

    private String type(Trigger t, List<Token> toks, int left, int right) {
        for (int k = left; k < right; k++) {
            String w = toks.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (types.containsKey(w) && !w.equals("call") && !w.equals("summit")) return types.get(w);
        }
        String c = t.match().cue().text();
        if (types.containsKey(c)) return types.get(c);
        return types.get(lemma(t));
    }

    private boolean compatible(Draft a, Draft b) {
        if (!compatibleApartFromParticipants(a, b)) return false;
        boolean sameParticipants = a.participants.containsAll(b.participants) || b.participants.containsAll(a.participants);
        // Only the very same place is evidence of the same meeting; a place inside another is merely compatible.
        boolean samePlace = a.location != null && a.location.equals(b.location);
        return sameParticipants || samePlace;
    }

    private boolean compatibleApartFromParticipants(Draft a, Draft b) {
        if (!a.status.equals(b.status)) return false;
        if (a.date != null && b.date != null && !a.date.equals(b.date)) return false;
        if (a.location != null && b.location != null && !samePlace(a.location, b.location)) return false;
        boolean callA = "phone call".equals(a.type);
        boolean callB = "phone call".equals(b.type);
        return callA == callB;
    }

    /** The same place, or one inside the other ("met in London" and "the summit at Lancaster House"). */
    private boolean samePlace(Entity x, Entity y) {
        return x.equals(y) || gaz.within(x, y) || gaz.within(y, x);
    }

    private void absorb(Draft into, Draft d) {
        into.participants.addAll(d.participants);
        if (into.host == null) into.host = d.host;
        // "Starmer hosted the summit at Lancaster House" makes "met in London" more precise.
        if (into.location == null || d.host != null && d.location != null && gaz.within(d.location, into.location)) into.location = d.location;
        if (into.date == null) into.date = d.date;
        if (into.type == null) into.type = d.type;
        into.sentences.addAll(d.sentences);
    }
}
