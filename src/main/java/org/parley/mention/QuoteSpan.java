package org.parley.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * A directly quoted span: character offsets of the words between the marks. Quotes are
 * paired within a paragraph; straight and curly double quotes are both read.
 */
public record QuoteSpan(int begin, int end, String text) {

    public static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int open = -1;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                boolean isOpen = c == '\u201C' || (c == '"' && open < 0);
                boolean isClose = c == '\u201D' || (c == '"' && open >= 0);
                if (isOpen && open < 0) {
                    open = i;
                } else if (isClose && open >= 0) {
                    String inner = text.substring(open + 1, i);
                    if (!inner.isBlank()) out.add(new QuoteSpan(open + 1, i, inner));
                    open = -1;
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    public boolean contains(int offset) { return offset >= begin && offset < end; }
}
