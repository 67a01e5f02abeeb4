package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.rdf.Pipeline;
import org.parley.server.ParleyServer;
import org.parley.server.ld.LinkedDataConfig;
import org.parley.store.DefaultData;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store over SPARQL and linked data; an empty store first gets the default data.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Parley parent;
    @Spec CommandSpec spec;

    @Option(names = "--port", description = "HTTP port (env PARLEY_PORT; default 3030; 0 picks a free one).")
    Integer port;

    @Option(names = "--password-file", description = "Jetty realm file of 'user: password' lines; the user 'admin' may update (env PARLEY_PASSWORD_FILE).")
    Path passwordFile;

    @Option(names = "--timeout", description = "Query timeout in seconds (env PARLEY_TIMEOUT; default 30).")
    Integer timeout;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--base", paramLabel = "URL", description = "Public base URL that links in pages and RDF point to, e.g. https://parley.example.org/ (env PARLEY_BASE; default: the address each request was sent to).")
    String base;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        Config cfg = parent.config();
        LinkedDataConfig linkedData = linkedData(cfg); // checks --base before the store is touched
        ParleyStore store = ParleyStore.open(cfg.store());
        if (store.isEmpty()) {
            out.println("Empty store at " + cfg.store() + ": loading the default data");
            out.flush();
            new DefaultData(cfg.ontology(), cfg.data(), cfg.defaultArticles()).load(store, new Pipeline(cfg.data()), System.out);
        }
        ParleyServer server = ParleyServer.create()
                .port(port != null ? port : intEnv("PARLEY_PORT", 3030))
                .dataset(store.datasetGraph())
                .passwordFile(passwordFile != null ? passwordFile : pathEnv("PARLEY_PASSWORD_FILE"))
                .adminPassword(System.getenv("PARLEY_ADMIN_PASSWORD"))
                .timeoutMillis(1000L * (timeout != null ? timeout : intEnv("PARLEY_TIMEOUT", 30)))
                .loopbackOnly(localhost)
                .linkedData(linkedData)
                .build()
                .start();
        if (server.updatesEnabled() && Config.env("PARLEY_ADMIN_PASSWORD") != null
                && (passwordFile != null || Config.env("PARLEY_PASSWORD_FILE") != null)) {
            out.println("  Note: PARLEY_ADMIN_PASSWORD is ignored because a password file is given");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "parley-shutdown"));
        String url = publicBase() != null ? publicBase().replaceFirst("/$", "") : server.baseUrl();
        out.printf("Parley serves %d triples in %d graphs from %s%n", store.size(), store.graphNames().size(), cfg.store());
        out.println("  Home page      " + url + "/");
        out.println("  Query page     " + url + "/query");
        out.println("  SPARQL query   " + url + "/parley/sparql");
        out.println("  Graph Store    " + url + "/parley/get   (read only)");
        if (server.updatesEnabled()) {
            out.println("  SPARQL update  " + url + "/parley/update   (admin only)");
            out.println("  Graph Store    " + url + "/parley/data   (read-write, admin only)");
        } else {
            out.println("  Updates are off: no admin credentials (set PARLEY_ADMIN_PASSWORD or --password-file)");
        }
        out.printf("Ready in %.1f s. Ctrl-C stops.%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        server.join();
        return 0;
    }

    private String publicBase() { return base != null ? base : Config.env("PARLEY_BASE"); }

    private LinkedDataConfig linkedData(Config cfg) {
        try {
            return LinkedDataConfig.defaults().withBase(publicBase()).withQueries(cfg.queries());
        } catch (IllegalArgumentException e) {
            throw new org.parley.text.InputException("--base / PARLEY_BASE: " + e.getMessage());
        }
    }

    static int intEnv(String name, int dflt) {
        String v = Config.env(name);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new org.parley.text.InputException(name + ": not a number: '" + v + "'");
        }
    }

    static Path pathEnv(String name) {
        String v = Config.env(name);
        return v == null ? null : Path.of(v);
    }
}
