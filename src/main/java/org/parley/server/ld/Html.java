package org.parley.server.ld;

/**
 * A small HTML writer. Every piece of text and every attribute goes through {@link #esc}, so data
 * from the store (labels, quotes, IRIs) can never become markup.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(8192);

    /** Escapes text for element content and double-quoted attributes alike. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends markup written in code (never data). */
    Html raw(String markup) { sb.append(markup); return this; }
    /** Appends text, escaped. */
    Html text(String s) { sb.append(esc(s)); return this; }
    /** {@code <tag>text</tag>} with the text escaped. */
    Html el(String tag, String text) { return raw("<" + tag + ">").text(text).raw("</" + tag + ">"); }
    /** {@code <tag class="cls">text</tag>}. */
    Html el(String tag, String cls, String text) {
        return raw("<" + tag + " class=\"" + esc(cls) + "\">").text(text).raw("</" + tag + ">");
    }
    /** A link; the href is escaped like any attribute and must not be a javascript: URL. */
    Html a(String href, String text) { return raw(link(href, text)); }

    static String link(String href, String text) {
        return "<a href=\"" + href(href) + "\">" + esc(text) + "</a>";
    }

    /**
     * An href attribute value: escaped, and only for schemes that navigate (http, https, relative);
     * an IRI such as javascript:... from the data becomes "#".
     */
    static String href(String url) {
        String h = url.strip();
        int colon = h.indexOf(':');
        boolean relative = colon < 0 || h.indexOf('/') >= 0 && h.indexOf('/') < colon || h.startsWith("#");
        String scheme = colon < 0 ? "" : h.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return relative || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? esc(h) : "#";
    }

    @Override
    public String toString() { return sb.toString(); }
}
