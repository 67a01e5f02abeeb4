package org.parley.text;

import java.text.Normalizer;
import java.util.Locale;

/** IRI slugs: lower-case ASCII words joined by '-', accents folded, apostrophes dropped. */
public final class Slugs {
    private Slugs() {}

    public static String slug(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        folded = folded.replaceAll("['\u2019]", "").toLowerCase(Locale.ROOT);
        String out = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "x" : out;
    }
}
