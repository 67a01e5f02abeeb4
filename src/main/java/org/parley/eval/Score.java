package org.parley.eval;

import java.util.Set;
import java.util.TreeSet;

/** Counts of one comparison, and the figures derived from them. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static Score of(Set<String> expected, Set<String> found) {
        Set<String> tp = new TreeSet<>(found);
        tp.retainAll(expected);
        return new Score(tp.size(), found.size() - tp.size(), expected.size() - tp.size());
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    /** 1 when nothing was found and nothing expected. */
    public double precision() {
        return truePositives + falsePositives == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
