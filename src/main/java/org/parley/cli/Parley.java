package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code parley} command. Options here are shared by every subcommand. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "A knowledge graph of war and diplomacy reporting, served over SPARQL and as linked data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ExtractCommand.class, ValidateCommand.class,
                QueryCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Parley {
    /** Exit status for bad input (missing, empty, binary, malformed file or date). */
    public static final int BAD_INPUT = 2;
    /** Exit status when the store cannot be opened or written. */
    public static final int STORE_ERROR = 3;
    /** Exit status when data does not conform or accuracy falls below its bar. */
    public static final int FAILED_CHECK = 1;

    @Option(names = "--home", description = "Parley's folder, holding ontology/ and data/ (env PARLEY_HOME; default: current folder).")
    Path home;

    @Option(names = "--store", description = "The TDB2 store folder (env PARLEY_STORE; default: HOME/run/tdb2).")
    Path store;

    Config config() {
        return Config.resolve(home, store);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Parley());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("parley: " + ex.getMessage());
            return ex instanceof org.parley.text.InputException ? BAD_INPUT
                    : ex instanceof org.parley.store.StoreException ? STORE_ERROR : 1;
        });
        return cl;
    }
}
