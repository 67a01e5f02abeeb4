package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.mention.Annotated;
import org.parley.mention.Cue;
import org.parley.mention.Entity;
import org.parley.mention.LexiconFile;
import org.parley.mention.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Clause windows around a trigger word: how far left and right its actors reach. A window
 * ends at a clause word from {@code clauses.txt} ("after", "which", "but", ...), at a speech
 * verb when looking left ("said he had spoken": the clause starts after "said"), and at
 * quotation marks.
 */
final class Clause {
    private final Set<String> boundaries;
    private final List<Cue> speech;

    Clause(Path lexiconDir) {
        this.boundaries = Set.copyOf(LexiconFile.entries(lexiconDir.resolve("clauses.txt")));
        this.speech = Cue.of(LexiconFile.entries(lexiconDir.resolve("speech.txt")));
    }

    List<Cue> speech() { return speech; }

    boolean isBoundary(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.equals("-") && !t.spaceBefore()) return false;
        return boundaries.contains(w) || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D");
    }

    boolean isSpeechVerb(List<Token> toks, int i) {
        return toks.get(i).isVerb() && Cue.first(speech, toks, i) != null;
    }

    /** The first token of the clause that holds token {@code t}. */
    int leftEdge(Sentence s, int t, int floor) {
        List<Token> toks = s.tokens();
        for (int k = t - 1; k >= floor; k--) {
            if (isBoundary(toks.get(k)) || isSpeechVerb(toks, k)) return k + 1;
        }
        return floor;
    }

    /** The start of the speaker's clause left of a speech verb (speech verbs do not end it here). */
    int leftEdgeForSpeaker(Sentence s, int verb) {
        List<Token> toks = s.tokens();
        for (int k = verb - 1; k >= 0; k--) {
            if (isBoundary(toks.get(k)) && !toks.get(k).text().equals(",")) return k + 1;
        }
        return 0;
    }

    /** One past the last token of the clause from token {@code t}, up to {@code ceiling}. */
    int rightEdge(Sentence s, int t, int ceiling, Set<String> passThrough) {
        List<Token> toks = s.tokens();
        for (int k = t; k < ceiling; k++) {
            Token tok = toks.get(k);
            if (isBoundary(tok) && !passThrough.contains(tok.text().toLowerCase(Locale.ROOT))) return k;
            // "..., has said": a comma before a verb closes the clause.
            // ", attended by Guterres" still describes what came before.
            boolean byPhrase = k + 2 < toks.size() && toks.get(k + 2).lemma().equals("by");
            if (tok.text().equals(",") && k + 1 < toks.size() && toks.get(k + 1).isVerb() && !byPhrase) return k;
            // "hosted the two delegations ... and urged them": a second verb phrase is another clause.
            if (tok.lemma().matches("and|but") && k + 1 < toks.size() && toks.get(k + 1).pos().equals("VERB")) return k;
        }
        return ceiling;
    }

    /** Actor mentions in [from, to), outside quotes, skipping places after "in/at/to". */
    static List<Mention> actors(Annotated a, Sentence s, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentionsIn(s.index())) {
            if (m.start() < from || m.end() > to || m.inQuote() || !m.isActor() || m.type() == Mention.Type.DEMONYM) continue;
            if (isLocative(s, m)) continue;
            out.add(m);
        }
        return out;
    }

    /** "in Washington", "at the White House", "to Moscow": a place, not an actor. */
    static boolean isLocative(Sentence s, Mention m) {
        if (m.isPerson()) return false;
        int k = m.start() - 1;
        // "in the Belarusian capital Minsk", "in the Saudi city of Jeddah": skip the descriptive words.
        int skipped = 0;
        while (k >= 0 && skipped < 5 && (s.tokens().get(k).lemma().matches("the|a|an|of|city|capital|town|port|resort|village|region")
                || s.tokens().get(k).pos().equals("ADJ") || s.tokens().get(k).isCapitalised() && s.tokens().get(k).pos().equals("PROPN"))) {
            k--;
            skipped++;
        }
        if (k < 0) return false;
        String w = s.tokens().get(k).lemma();
        return w.equals("in") || w.equals("at") || (w.equals("to") || w.equals("from")) && (m.place() != null || m.type() == Mention.Type.CAPITAL);
    }

    /** The word before a mention (skipping "the" and adjectives) is one of {@code words}. */
    static boolean precededBy(Sentence s, Mention m, String... words) {
        int k = m.start() - 1;
        while (k >= 0 && (s.tokens().get(k).lemma().equals("the") || s.tokens().get(k).pos().equals("ADJ"))) k--;
        return k >= 0 && java.util.Arrays.asList(words).contains(s.tokens().get(k).lemma());
    }

    /**
     * Who reports a clause: the person before the nearest speech verb left of {@code at}, skipping
     * a relative clause ("Obama, who hosted Yatsenyuk ..., has said"); null when nobody is reported.
     */
    Entity reporter(Annotated a, Sentence s, int at) {
        List<Token> toks = s.tokens();
        for (int v = at - 1; v >= 0; v--) {
            if (!isSpeechVerb(toks, v)) continue;
            int k = v - 1;
            while (k >= 0 && toks.get(k).pos().equals("AUX")) k--;
            if (k >= 0 && toks.get(k).text().equals(",")) {
                for (int j = k - 1; j > 0; j--) {
                    if (toks.get(j).text().matches("(?i)who|which") && toks.get(j - 1).text().equals(",")) { k = j - 1; break; }
                }
            }
            for (int j = k; j >= 0; j--) {
                Mention m = a.mentionAt(s.index(), j);
                if (m != null && !m.inQuote() && m.isPerson() && m.entities().size() == 1) return m.entities().get(0);
                if (toks.get(j).lemma().equals("and") || isBoundary(toks.get(j)) && !toks.get(j).text().equals(",")) break;
            }
            return null;
        }
        return null;
    }

    /** The sentence's grammatical subject, roughly: its first actor mention and those joined to it by "and". */
    static List<Entity> subject(Annotated a, Sentence s, int before) {
        List<Mention> ms = actors(a, s, 0, before);
        Set<Entity> out = new LinkedHashSet<>();
        Mention prev = null;
        for (Mention m : ms) {
            if (prev != null && !joined(s, prev.end(), m.start())) break;
            out.addAll(m.actors());
            prev = m;
        }
        return new ArrayList<>(out);
    }

    static boolean joined(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).text().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals(",") && !w.equals("both")) return false;
        }
        return true;
    }

    static List<Entity> entities(List<Mention> ms) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Mention m : ms) out.addAll(m.actors());
        return new ArrayList<>(out);
    }

    /**
     * Inside a short quotation of a few words within the reporter's sentence (a "scare quote":
     * would have "no legal value"): the reporter's paraphrase, readable as narration.
     */
    static boolean inScareQuote(Annotated a, Token t) {
        for (org.parley.mention.QuoteSpan q : a.quotes()) {
            if (q.contains(t.begin())) return q.text().strip().split("\\s+").length <= 6 && !q.text().strip().matches(".*[.!?]$");
        }
        return false;
    }

    static boolean any(List<Cue> cues, List<Token> toks, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < toks.size(); k++) {
            for (Cue c : cues) {
                Cue.Match m = c.matchAt(toks, k);
                if (m != null && m.end() <= to) return true;
            }
        }
        return false;
    }
}
