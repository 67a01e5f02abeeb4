package org.parley.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.mention.MentionFinder.Title;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Matching names and titles in a sentence against the gazetteer and the title lexicon: where a
 * known name starts and ends, how far a run of name tokens goes, which title stands at a token.
 * It holds no state beyond the two look-up structures, so {@link MentionFinder} can keep to
 * deciding who is meant.
 */
final class NameMatcher {
    private static final Set<String> PARTICLES = Set.of("bin", "al", "de", "von", "van", "der", "da", "del", "la", "le", "ibn", "el");

    private final Gazetteer gaz;
    private final List<Title> titles;

    NameMatcher(Gazetteer gaz, List<Title> titles) {
        this.gaz = gaz;
        this.titles = titles;
    }

    /**
     * A list of three or more full names the gazetteer does not know ("Denis Pushilin, Leonid
     * Pasechnik, Yevgeny Balitsky and Vladimir Saldo"): people, even without titles. Start token to end token.
     */
    Map<Integer, Integer> nameList(Sentence s) {
        List<Token> toks = s.tokens();
        Map<Integer, Integer> names = new HashMap<>();
        int k = 0;
        while (k < toks.size()) {
            Map<Integer, Integer> run = new java.util.LinkedHashMap<>();
            int j = k;
            while (j < toks.size()) {
                int e = unknownFullName(toks, j);
                if (e < 0) break;
                run.put(j, e);
                j = e;
                if (j < toks.size() && toks.get(j).text().matches(",|and")) j++;
                if (j < toks.size() && toks.get(j).text().equals("and")) j++;
            }
            if (run.size() >= 3) names.putAll(run);
            k = run.isEmpty() ? k + 1 : j;
        }
        return names;
    }

    /** The end of an unknown "First Last" (or "First Middle Last") name at i, or -1. */
    int unknownFullName(List<Token> toks, int i) {
        int e = i;
        // Capitalised words mid-sentence; the tagger's part of speech is not trusted here ("Yevgeny/CCONJ").
        while (e < toks.size() && e - i < 3 && e > 0 && toks.get(e).text().matches("\\p{Lu}\\p{Ll}+")
                && !toks.get(e).pos().matches("DET|PRON|AUX|VERB|ADP")) e++;
        if (e - i < 2) return -1;
        for (int k = i; k < e; k++) {
            if (DateFinder.month(toks.get(k).text()) != null) return -1;
            // A first name shared with someone known ("Leonid") is fine; a place or state name is not.
            for (Gazetteer.Name n : gaz.namesStartingWith(toks.get(k).text())) {
                if (n.entity() == null || !n.entity().isPerson()) return -1;
            }
        }
        return e;
    }

    boolean isDelegationNoun(Token t) {
        return t.lemma().matches("negotiator|delegation|negotiators|delegations|negotiating");
    }

    boolean isRoleNoun(Token t) {
        if (isDelegationNoun(t)) return true;
        String w = t.lemma();
        if (w.matches("aide|adviser|advisor|envoy|spokesman|spokeswoman|leader|head|chief|minister|official|commander|negotiator")) return true;
        for (Title title : titles) if (title.words().length == 1 && title.words()[0].equalsIgnoreCase(t.text())) return true;
        return false;
    }

    String text(Sentence s, int from, int to) {
        return s.text().substring(s.tokens().get(from).begin() - s.begin(), s.tokens().get(to - 1).end() - s.begin());
    }

    Title titleAt(List<Token> toks, int i) {
        // "Secretary-General" may come as three tokens; compare it joined.
        if (i + 2 < toks.size() && toks.get(i + 1).text().equals("-")) {
            String joined = (toks.get(i).text() + "-" + toks.get(i + 2).text()).toLowerCase(Locale.ROOT);
            for (Title t : titles) if (t.words().length == 1 && t.words()[0].equals(joined)) return new Title(new String[] {joined, "", ""}, t.role());
        }
        for (Title t : titles) {
            if (i + t.words().length > toks.size()) continue;
            boolean ok = true;
            for (int k = 0; k < t.words().length && ok; k++) {
                Token tok = toks.get(i + k);
                String w = tok.text().toLowerCase(Locale.ROOT);
                ok = w.equals(t.words()[k]) || tok.lemma().equals(t.words()[k]);
            }
            if (ok) return t;
        }
        return null;
    }

    /** The end of a run of name tokens from {@code i}: capitalised words, initials, particles. */
    int nameTokens(List<Token> toks, int i) {
        int k = i;
        while (k < toks.size() && k - i < 5) {
            String w = toks.get(k).text();
            boolean cap = w.matches("\\p{Lu}[\\p{L}.'\u2019-]*");
            boolean particle = k > i && PARTICLES.contains(w) && k + 1 < toks.size() && toks.get(k + 1).isCapitalised();
            if (!(cap || particle) || DateFinder.month(w) != null || DateFinder.weekday(w) != null) break;
            if (cap && k == i && !gaz.namesStartingWith(w).isEmpty()) {
                Gazetteer.Name n = gaz.namesStartingWith(w).get(0);
                if (n.entity() != null && !n.entity().isPerson() && w.equals(n.text())) break;
            }
            k++;
        }
        return k;
    }

    Gazetteer.Name longestName(Sentence s, int i) {
        List<Token> toks = s.tokens();
        if (i >= toks.size()) return null;
        Token t = toks.get(i);
        int rel = t.begin() - s.begin();
        for (Gazetteer.Name n : gaz.namesStartingWith(firstWordAt(s.text(), rel))) {
            if (s.text().startsWith(n.text(), rel) && endsAtToken(toks, t.begin() + n.text().length())) return n;
        }
        return null;
    }

    int nameEnd(Sentence s, int i, Gazetteer.Name n) {
        int endChar = s.tokens().get(i).begin() + n.text().length();
        int k = i;
        while (k < s.tokens().size() && s.tokens().get(k).end() <= endChar) k++;
        return k;
    }

    boolean endsAtToken(List<Token> toks, int endChar) {
        for (Token t : toks) if (t.end() == endChar) return true;
        return false;
    }

    String firstWordAt(String text, int rel) {
        int sp = rel;
        while (sp < text.length() && text.charAt(sp) != ' ' && text.charAt(sp) != ',' && !text.startsWith("'s", sp) && !text.startsWith("\u2019s", sp)) sp++;
        String w = text.substring(rel, sp);
        // "Russia's": the name is "Russia"; "U.S.": keep its dots.
        while (w.length() > 1 && (w.endsWith(".") && !w.matches("(\\p{Lu}\\.)+")) || w.endsWith(";") || w.endsWith(":")) w = w.substring(0, w.length() - 1);
        return w;
    }
}
