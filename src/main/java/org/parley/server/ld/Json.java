package org.parley.server.ld;

/** JSON strings for data embedded in a page's {@code <script type="application/json">}. */
final class Json {
    private Json() {}

    /**
     * A quoted JSON string. Besides JSON's own escapes, {@code < > &} and the line separators are
     * escaped, so that no value can close the script element or break a JavaScript parser.
     */
    static String str(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
