package org.parley.server.ld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the mentions in a sentence: every occurrence of a phrase (a quote's words, the names of
 * the entities a fact links to) is wrapped in {@code <mark>}, the rest escaped. Names match only at
 * word boundaries, so "US" is not marked inside "USA".
 */
final class Marker {
    private Marker() {}

    static String mark(String sentence, Collection<String> phrases) {
        List<int[]> spans = new ArrayList<>();
        for (String p : phrases) {
            String phrase = p.strip();
            if (phrase.length() < 2) continue;
            for (int i = sentence.indexOf(phrase); i >= 0; i = sentence.indexOf(phrase, i + 1)) {
                int end = i + phrase.length();
                if (boundary(sentence, i - 1) && boundary(sentence, end)) spans.add(new int[] {i, end});
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder(sentence.length() + 64);
        int at = 0;
        for (int k = 0; k < spans.size(); k++) {
            int start = Math.max(spans.get(k)[0], at);
            int end = spans.get(k)[1];
            // Merge overlapping and touching spans into one mark.
            while (k + 1 < spans.size() && spans.get(k + 1)[0] <= end) end = Math.max(end, spans.get(++k)[1]);
            if (end <= at) continue;
            out.append(Html.esc(sentence.substring(at, start))).append("<mark>")
               .append(Html.esc(sentence.substring(start, end))).append("</mark>");
            at = end;
        }
        return out.append(Html.esc(sentence.substring(at))).toString();
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
