package org.parley.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parley.text.Token;

/**
 * A trigger phrase from a lexicon, matched on lemmas: {@code "hand over"} matches "handing
 * over"; {@code "ceasefire ... before ... talk"} matches the parts in order, each within
 * {@value #GAP} tokens of the previous one.
 */
public final class Cue {
    static final int GAP = 8;
    private final String text;
    private final List<String[]> parts;

    public Cue(String text) {
        this.text = text.strip();
        List<String[]> ps = new ArrayList<>();
        for (String part : this.text.split("\\s*\\.\\.\\.\\s*")) {
            // "cease-fire" is written one way and tokenized another ("cease", "-", "fire"): match both.
            if (!part.isBlank()) ps.add(part.toLowerCase(Locale.ROOT).replace("-", " - ").strip().split("\\s+"));
        }
        this.parts = List.copyOf(ps);
    }

    public String text() { return text; }

    /** Number of words, so that longer cues can win over shorter ones. */
    public int length() { return parts.stream().mapToInt(p -> p.length).sum(); }

    /** A match: the tokens from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Match(Cue cue, int start, int end) {}

    /** All matches in the tokens, in order. */
    public List<Match> findAll(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match m = matchAt(tokens, i);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** The match starting at token {@code i}, or null. */
    public Match matchAt(List<Token> tokens, int i) {
        int end = endOfWords(tokens, i, parts.get(0));
        if (end < 0) return null;
        for (int p = 1; p < parts.size(); p++) {
            int found = -1;
            for (int j = end; j < tokens.size() && j <= end + GAP; j++) {
                int e = endOfWords(tokens, j, parts.get(p));
                if (e >= 0) { found = e; break; }
            }
            if (found < 0) return null;
            end = found;
        }
        return new Match(this, i, end);
    }

    static boolean wordsAt(List<Token> tokens, int i, String[] words) {
        return endOfWords(tokens, i, words) >= 0;
    }

    /** The token after the words matched from {@code i}, or -1; a hyphenated token may stand for "a - b". */
    static int endOfWords(List<Token> tokens, int i, String[] words) {
        int t = i;
        int w = 0;
        while (w < words.length) {
            if (t >= tokens.size()) return -1;
            Token tok = tokens.get(t);
            if (tok.text().contains("-") && tok.text().length() > 1 && w + 2 < words.length + 1) {
                // One token "cease-fire" against the words "cease", "-", "fire".
                String[] parts = tok.text().toLowerCase(Locale.ROOT).replace("-", " - ").strip().split("\\s+");
                if (w + parts.length <= words.length && java.util.Arrays.equals(parts, java.util.Arrays.copyOfRange(words, w, w + parts.length))) {
                    w += parts.length;
                    t++;
                    continue;
                }
            }
            if (!same(tok, words[w])) return -1;
            w++;
            t++;
        }
        return t;
    }

    /** A word matches a token by lemma or by lower-cased form (the lemmatizer is not perfect). */
    static boolean same(Token t, String word) {
        String text = t.text().toLowerCase(Locale.ROOT);
        return t.lemma().equals(word) || text.equals(word)
                || (word.endsWith("s") && t.lemma().equals(word.substring(0, word.length() - 1)))
                || inflectionOf(text, word) || inflectionOf(t.lemma(), word);
    }

    /**
     * A regular English inflection of the word: "annexed", "troops", "handing", "controlled",
     * "voiced". The statistical lemmatizer misses some of these.
     */
    static boolean inflectionOf(String form, String word) {
        if (form.length() <= word.length() || word.length() < 3 || word.contains(" ")) return false;
        String stem = word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
        if (!form.startsWith(stem)) return false;
        String rest = form.substring(stem.length());
        if (word.endsWith("e")) return rest.equals("es") || rest.equals("ed") || rest.equals("ing") || rest.equals("er");
        char last = word.charAt(word.length() - 1);
        return rest.equals("s") || rest.equals("es") || rest.equals("ed") || rest.equals("ing")
                || rest.equals(last + "ed") || rest.equals(last + "ing");
    }

    /** The match of the first of {@code cues} (longest first, as {@link #of} sorts them) at token {@code k}, or null. */
    public static Match first(List<Cue> cues, List<Token> tokens, int k) {
        for (Cue c : cues) {
            Match m = c.matchAt(tokens, k);
            if (m != null) return m;
        }
        return null;
    }

    public static List<Cue> of(List<String> lines) {
        return lines.stream().map(Cue::new).sorted((a, b) -> b.length() - a.length()).toList();
    }

    @Override
    public String toString() { return text + Arrays.toString(new int[] {length()}); }
}
