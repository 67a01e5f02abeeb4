package org.parley.mention;

/**
 * A date expression normalised against the publication date.
 *
 * @param value lexical form: YYYY-MM-DD, YYYY-MM or YYYY
 * @param start first token (inclusive); @param end last token (exclusive)
 */
public record DateMention(int start, int end, String value) {
    /** The XSD datatype local name of the value: date, gYearMonth or gYear. */
    public String datatype() {
        return value.length() == 10 ? "date" : value.length() == 7 ? "gYearMonth" : "gYear";
    }
}
