package org.parley.mention;

import java.util.List;
import org.parley.text.Article;
import org.parley.text.Document;
import org.parley.text.Sentence;
import org.parley.text.Token;

/** A document with its mentions, dates and quoted spans: what the extractors read. */
public record Annotated(Article article, Document document, List<List<Mention>> mentions,
                        List<List<DateMention>> dates, List<QuoteSpan> quotes) {
    public Annotated {
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }

    public Sentence sentence(int index) { return document.sentences().get(index - 1); }
    public List<Mention> mentionsIn(int index) { return mentions.get(index - 1); }
    public List<DateMention> datesIn(int index) { return dates.get(index - 1); }

    public boolean inQuote(Token t) {
        for (QuoteSpan q : quotes) if (q.contains(t.begin())) return true;
        return false;
    }

    /** The mention covering a token, or null. */
    public Mention mentionAt(int sentence, int token) {
        for (Mention m : mentionsIn(sentence)) if (token >= m.start() && token < m.end()) return m;
        return null;
    }
}
