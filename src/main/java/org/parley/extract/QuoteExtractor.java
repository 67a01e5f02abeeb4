package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.Facts.Quote;
import org.parley.mention.Annotated;
import org.parley.mention.Entity;
import org.parley.mention.Mention;
import org.parley.mention.QuoteSpan;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Every quoted span becomes a quote. The speaker is found, in order: after the closing mark
 * ("…," Merz said / said Merz / he told Trump), before the opening mark (Macron told
 * reporters: "…" / Zelenskiy described the talks as "…"), or — for a quote that stands alone
 * as a sentence or paragraph — the speaker of the quote just before it.
 */
final class QuoteExtractor {
    private final Clause clause;

    QuoteExtractor(Clause clause) { this.clause = clause; }

    List<Quote> extract(Annotated a) {
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (QuoteSpan q : a.quotes()) {
            List<Integer> sentences = sentencesOf(a, q);
            if (sentences.isEmpty()) continue;
            Sentence last = a.sentence(sentences.get(sentences.size() - 1));
            Sentence first = a.sentence(sentences.get(0));
            String[] cue = new String[1];
            Entity speaker = after(a, last, q, cue);
            if (speaker == null) speaker = before(a, first, q, cue);
            boolean follows = previous != null && previous.sentences().get(previous.sentences().size() - 1) >= first.index() - 1;
            if (speaker == null && follows && standsAlone(a, q, first, last)) {
                speaker = previous.speaker();
            }
            if (speaker == null) continue;
            Quote quote = new Quote(speaker, q.text(), cue[0], sentences);
            out.add(quote);
            previous = quote;
        }
        return out;
    }

    static List<Integer> sentencesOf(Annotated a, QuoteSpan q) {
        List<Integer> out = new ArrayList<>();
        for (Sentence s : a.document().sentences()) {
            if (s.end() > q.begin() - 1 && s.begin() <= q.end()) out.add(s.index());
        }
        return out;
    }

    /** Speech verb after the closing mark, with the speaker next to it. */
    private Entity after(Annotated a, Sentence s, QuoteSpan q, String[] cue) {
        List<Token> toks = s.tokens();
        int from = firstTokenAfter(toks, q.end() + 1);
        int to = Math.min(toks.size(), from + 8);
        for (int k = from; k < to; k++) {
            if (a.inQuote(toks.get(k))) break;
            if (clause.isSpeechVerb(toks, k)) {
                cue[0] = toks.get(k).lemma();
                Entity left = speakerIn(a, s, from, k, true);
                return left != null ? left : speakerIn(a, s, k + 1, Math.min(toks.size(), k + 8), false);
            }
            // Only the speaker's name and punctuation may stand between the quote and its verb.
            boolean named = a.mentionAt(s.index(), k) != null;
            if (!named && !toks.get(k).pos().equals("PUNCT") && !toks.get(k).pos().equals("AUX")) break;
        }
        return null;
    }

    /** Last speech verb before the opening mark in the same sentence; its subject speaks. */
    private Entity before(Annotated a, Sentence s, QuoteSpan q, String[] cue) {
        List<Token> toks = s.tokens();
        int open = lastTokenBefore(toks, q.begin() - 1);
        for (int k = open; k >= 0; k--) {
            if (a.inQuote(toks.get(k))) break;
            if (clause.isSpeechVerb(toks, k)) {
                cue[0] = toks.get(k).lemma();
                // "Biden, who spoke to Erdogan ..., welcomed the agreement and said ...": the sentence's subject speaks.
                if (k > 0 && toks.get(k - 1).lemma().equals("and")) {
                    List<Entity> subj = Clause.subject(a, s, k);
                    if (subj.size() == 1) return subj.get(0);
                }
                Entity left = speakerIn(a, s, clause.leftEdgeForSpeaker(s, k), k, true);
                return left != null ? left : speakerIn(a, s, k + 1, open + 1, false);
            }
        }
        return null;
    }

    /** The actor mention nearest the verb in [from, to): the last one when it stands left of the verb. */
    private static Entity speakerIn(Annotated a, Sentence s, int from, int to, boolean nearestLast) {
        List<Mention> ms = Clause.actors(a, s, from, to);
        if (ms.isEmpty()) return null;
        Mention m = nearestLast ? ms.get(ms.size() - 1) : ms.get(0);
        List<Entity> actors = m.actors();
        return actors.size() == 1 ? actors.get(0) : null;
    }

    /** The quote is a sentence (or more) on its own: nothing outside the marks but punctuation. */
    private static boolean standsAlone(Annotated a, QuoteSpan q, Sentence first, Sentence last) {
        String before = a.document().text().substring(first.begin(), Math.max(first.begin(), q.begin() - 1));
        String after = a.document().text().substring(Math.min(q.end() + 1, last.end()), last.end());
        return before.isBlank() && after.replaceAll("[\\p{P}\\s]", "").isEmpty();
    }

    static int firstTokenAfter(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).begin() >= offset) return k;
        return toks.size();
    }

    static int lastTokenBefore(List<Token> toks, int offset) {
        for (int k = toks.size() - 1; k >= 0; k--) if (toks.get(k).end() <= offset) return k;
        return -1;
    }
}
