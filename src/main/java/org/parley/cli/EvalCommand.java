package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", description = "Score extraction against the gold facts in data/gold/ (precision, recall, F1).")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley eval: not implemented yet");
        return 1;
    }
}
