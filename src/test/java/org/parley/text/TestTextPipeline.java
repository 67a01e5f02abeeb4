package org.parley.text;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

class TestTextPipeline {
    static final TextPipeline text = new TextPipeline();

    @Test
    void sentenceOffsetsPointAtTheExactText() throws Exception {
        String seed = Files.readString(Fixtures.SEED);
        Document doc = text.process(seed);
        assertEquals(35, doc.sentences().size(), "the seed README counts 35 sentences");
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), seed.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.text(), seed.substring(t.begin(), t.end()));
        }
    }

    @Test
    void possessivesAreSplitOff() {
        Sentence s = text.process("Trump backed Ukraine's security.").sentences().get(0);
        assertTrue(s.tokens().stream().anyMatch(t -> t.text().equals("Ukraine")));
        assertTrue(s.tokens().stream().anyMatch(t -> t.text().equals("'s")));
    }

    @Test
    void paragraphsAreLines() {
        Document doc = text.process("One paragraph. Still the first.\nThe second.\n");
        assertEquals(1, doc.sentences().get(1).paragraph());
        assertEquals(2, doc.sentences().get(2).paragraph());
    }

    @Test
    void slugsFoldAccentsAndApostrophes() {
        assertEquals("elysee-palace", Slugs.slug("Élysée Palace"));
        assertEquals("cote-divoire", Slugs.slug("Côte d'Ivoire"));
    }
}
