package org.parley.text;

import java.util.List;

/**
 * One sentence: its exact text, its offsets into the article, its paragraph and its tokens.
 * {@code index} counts from 1 in reading order; it names the sentence in IRIs.
 */
public record Sentence(int index, int paragraph, String text, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
