package org.parley.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.mention.Cue;
import org.parley.mention.LexiconFile;
import org.parley.text.Token;

/** The proposal kinds of {@code proposals.tsv} and their cues; the longest cue wins where several match. */
public final class ProposalKinds {
    /** One kind: its slug, label and cues. */
    public record Kind(String slug, String label, List<Cue> cues) {}

    /** A proposal named in a sentence. */
    public record Found(Kind kind, int start, int end) {}

    private final List<Kind> kinds;

    public ProposalKinds(Path lexiconDir) {
        List<Kind> ks = new ArrayList<>();
        for (String[] row : LexiconFile.rows(lexiconDir.resolve("proposals.tsv"))) {
            List<Cue> cues = new ArrayList<>();
            for (String c : row[2].split("\\s*\\|\\s*")) cues.add(new Cue(c));
            ks.add(new Kind(row[0].strip(), row[1].strip(), List.copyOf(cues)));
        }
        this.kinds = List.copyOf(ks);
    }

    public List<Kind> kinds() { return kinds; }

    public Kind bySlug(String slug) {
        return kinds.stream().filter(k -> k.slug().equals(slug)).findFirst().orElse(null);
    }

    /** Proposals named in the tokens, left to right, overlapping matches resolved to the longest cue. */
    public List<Found> find(List<Token> toks) {
        List<Found> all = new ArrayList<>();
        for (Kind k : kinds) {
            for (Cue c : k.cues()) {
                for (Cue.Match m : c.findAll(toks)) all.add(new Found(k, m.start(), m.end()));
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : (b.end() - b.start()) - (a.end() - a.start()));
        List<Found> out = new ArrayList<>();
        for (Found f : all) {
            boolean overlapped = false;
            for (int i = 0; i < out.size(); i++) {
                Found o = out.get(i);
                if (f.start() < o.end() && o.start() < f.end()) {
                    overlapped = true;
                    if (cueLength(f) > cueLength(o)) out.set(i, f);
                }
            }
            if (!overlapped) out.add(f);
        }
        return out;
    }

    private static int cueLength(Found f) { return f.end() - f.start(); }
}
