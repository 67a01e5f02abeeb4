package org.parley.text;

import java.util.List;

/** The article text split into sentences; the text is kept exactly as read. */
public record Document(String text, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) return s;
        }
        return null;
    }
}
