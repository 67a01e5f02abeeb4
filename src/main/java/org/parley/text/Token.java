package org.parley.text;

/**
 * One token of a sentence. Offsets are character offsets into the whole article text.
 *
 * @param text  the token as written
 * @param pos   its Universal Dependencies part of speech (PROPN, VERB, ...)
 * @param lemma its lemma, lower-cased ("met" becomes "meet")
 * @param spaceBefore whether white space precedes it (a dash " - " versus "face-to-face")
 */
public record Token(String text, int begin, int end, String pos, String lemma, boolean spaceBefore) {
    public boolean isProperNoun() { return pos.equals("PROPN"); }
    public boolean isVerb() { return pos.equals("VERB") || pos.equals("AUX"); }
    public boolean isCapitalised() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }
}
