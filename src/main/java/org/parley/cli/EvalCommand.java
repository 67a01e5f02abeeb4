package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.eval.Evaluation;
import org.parley.rdf.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = {
        "Extract every article of data/articles/ that has gold facts in data/gold/ and print precision,",
        "recall and F1 per fact kind, per article and overall."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand Parley parent;
    @Spec CommandSpec spec;

    @Option(names = "--details", description = "Also list the missed and the spurious facts.")
    boolean details;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files ID.tsv (default: HOME/data/gold).")
    java.nio.file.Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of the articles ID.txt (default: HOME/data/articles).")
    java.nio.file.Path articles;

    @Option(names = "--min-f1", paramLabel = "F1", description = "Exit with status 1 if any article's overall F1 is below this.")
    Double minF1;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Config cfg = parent.config();
        List<Evaluation.ArticleResult> results = new Evaluation(new Pipeline(cfg.data()),
                gold != null ? gold : cfg.data().resolve("gold"), articles != null ? articles : cfg.data().resolve("articles")).run();
        Evaluation.print(results, out, details);
        if (minF1 != null && results.stream().anyMatch(r -> r.total().f1() < minF1)) return Parley.FAILED_CHECK;
        return 0;
    }
}
