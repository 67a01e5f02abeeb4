package org.parley.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.text.Token;

/**
 * Finds date expressions in a sentence and resolves them against the publication date:
 * weekdays ("on Friday": the last Friday on or before publication, the next one for future
 * tense), "March 11", "11 March 2014", "in February" (the last February, or the next in future
 * tense), "in December 1994", "in 2014", "last year", "today", "yesterday", "tomorrow".
 */
public final class DateFinder {
    private static final Set<String> FUTURE = Set.of("will", "'ll", "would", "next", "upcoming", "scheduled", "due", "plan", "expect");

    private DateFinder() {}

    public static List<DateMention> find(List<Token> tokens, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // Future tense counts for a date when a future word comes before it ("would host him ... on Monday").
            boolean future = false;
            for (int k = 0; k < i; k++) if (FUTURE.contains(tokens.get(k).lemma())) future = true;
            String w = tokens.get(i).text();
            Month month = month(w);
            DayOfWeek day = weekday(w);
            Integer year = year(w);
            if (month != null) {
                int end = i + 1;
                Integer dom = i + 1 < tokens.size() ? dayOfMonth(tokens.get(i + 1).text()) : null;
                Integer before = i > 0 ? dayOfMonth(tokens.get(i - 1).text()) : null;
                int start = before != null ? i - 1 : i;
                if (dom != null) end = i + 2;
                if (end < tokens.size() && tokens.get(end).text().equals(",") && end + 1 < tokens.size() && year(tokens.get(end + 1).text()) != null) end++;
                Integer y = end < tokens.size() ? year(tokens.get(end).text()) : null;
                if (y != null) end++;
                boolean lastYear = end + 1 < tokens.size() && tokens.get(end).lemma().equals("last") && tokens.get(end + 1).lemma().equals("year");
                if (lastYear) { y = published.getYear() - 1; end += 2; }
                Integer d = dom != null ? dom : before;
                out.add(new DateMention(start, end, resolve(month, d, y, published, future)));
                i = end - 1;
            } else if (day != null) {
                boolean next = i > 0 && tokens.get(i - 1).lemma().equals("next");
                boolean last = i > 0 && tokens.get(i - 1).lemma().equals("last");
                LocalDate d = published;
                if (next || (future && !last)) {
                    while (d.getDayOfWeek() != day || (next && d.equals(published))) d = d.plusDays(1);
                } else {
                    while (d.getDayOfWeek() != day) d = d.minusDays(1);
                }
                out.add(new DateMention(next || last ? i - 1 : i, i + 1, d.toString()));
            } else if (year != null && i > 0 && Set.of("in", "since", "of", "until", "from", "by").contains(tokens.get(i - 1).lemma())) {
                out.add(new DateMention(i, i + 1, Integer.toString(year)));
            } else if (w.equalsIgnoreCase("today")) {
                out.add(new DateMention(i, i + 1, published.toString()));
            } else if (w.equalsIgnoreCase("yesterday")) {
                out.add(new DateMention(i, i + 1, published.minusDays(1).toString()));
            } else if (w.equalsIgnoreCase("tomorrow")) {
                out.add(new DateMention(i, i + 1, published.plusDays(1).toString()));
            } else if (tokens.get(i).lemma().equals("last") && i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals("year")) {
                out.add(new DateMention(i, i + 2, Integer.toString(published.getYear() - 1)));
                i++;
            }
        }
        return out;
    }

    static String resolve(Month month, Integer day, Integer year, LocalDate published, boolean future) {
        if (year != null) {
            return day != null ? LocalDate.of(year, month, day).toString() : YearMonth.of(year, month).toString();
        }
        if (day != null) {
            // A month and day without a year: the occurrence nearest to the publication date.
            LocalDate best = null;
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                LocalDate c = LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y))));
                if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) best = c;
            }
            return best.toString();
        }
        YearMonth pub = YearMonth.from(published);
        YearMonth ym = YearMonth.of(published.getYear(), month);
        if (future && ym.isBefore(pub)) ym = ym.plusYears(1);
        if (!future && ym.isAfter(pub)) ym = ym.minusYears(1);
        return ym.toString();
    }

    static Month month(String w) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(w)) return m;
        }
        return null;
    }

    static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(w)) return d;
        }
        return null;
    }

    static Integer dayOfMonth(String w) {
        String s = w.replaceAll("(st|nd|rd|th)$", "");
        if (!s.matches("\\d{1,2}")) return null;
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : null;
    }

    static Integer year(String w) {
        if (!w.matches("(1[89]|20)\\d\\d")) return null;
        return Integer.parseInt(w);
    }
}
