package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.parley.server.ld.LinkedData;
import org.parley.server.ld.LinkedDataConfig;

/**
 * Parley's HTTP server: Fuseki over the store, assembled with a fluent builder.
 *
 * <pre>
 * ParleyServer s = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
 * int port = s.getPort();
 * </pre>
 *
 * Endpoints under {@code /parley}: {@code sparql} and {@code query} (SPARQL query), {@code get}
 * (Graph Store, read), and — only when an admin password is configured — {@code update} and
 * {@code data} (Graph Store, read-write) for the user {@value #ADMIN} alone.
 */
public final class ParleyServer {
    public static final String DATASET = "/parley";
    public static final String ADMIN = "admin";
    /** Fuseki's default is 5 MiB of direct memory a connection; 64 KiB measured faster and far smaller. */
    public static final int OUTPUT_BUFFER = 64 * 1024;

    private final FusekiServer fuseki;
    private final boolean updatesEnabled;

    private ParleyServer(FusekiServer fuseki, boolean updatesEnabled) {
        this.fuseki = fuseki;
        this.updatesEnabled = updatesEnabled;
    }

    public static Builder create() { return new Builder(); }

    public ParleyServer start() { fuseki.start(); return this; }
    public void stop() { fuseki.stop(); }
    public void join() { fuseki.join(); }
    /** The port actually bound (useful with port 0). */
    public int getPort() { return fuseki.getHttpPort(); }
    public boolean updatesEnabled() { return updatesEnabled; }
    /** The Jetty server underneath, for inspection. */
    public org.eclipse.jetty.server.Server jetty() { return fuseki.getJettyServer(); }
    public String baseUrl() { return "http://localhost:" + getPort(); }

    public static final class Builder {
        private int port = 3030;
        private DatasetGraph dataset;
        private Path passwordFile;
        private String adminPassword;
        private long timeoutMillis = 30_000;
        private boolean loopbackOnly = false;
        private LinkedDataConfig linkedData;
        private final List<Consumer<FusekiServer.Builder>> extensions = new ArrayList<>();

        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = Objects.requireNonNull(dsg, "dataset");
            return this;
        }

        /** A Jetty realm file ({@code user: password}); the user {@value #ADMIN} may update. */
        public Builder passwordFile(Path file) {
            if (file != null && !Files.isReadable(file)) throw new IllegalArgumentException("password file not readable: " + file);
            this.passwordFile = file;
            return this;
        }

        /** The admin's password, e.g. from the environment; null or empty leaves it unset. */
        public Builder adminPassword(String password) {
            this.adminPassword = password == null || password.isEmpty() ? null : password;
            return this;
        }

        public Builder timeoutMillis(long ms) {
            if (ms <= 0) throw new IllegalArgumentException("timeout must be positive: " + ms);
            this.timeoutMillis = ms;
            return this;
        }

        public Builder loopbackOnly(boolean b) { this.loopbackOnly = b; return this; }

        /** Serves Parley's IRIs, pages, VoID and the dump next to the dataset (see {@link LinkedData}). */
        public Builder linkedData(LinkedDataConfig cfg) {
            this.linkedData = Objects.requireNonNull(cfg, "linked-data configuration");
            return this;
        }

        /** Further servlets and filters (the linked-data handler, pages) added to the Fuseki builder. */
        public Builder extension(Consumer<FusekiServer.Builder> ext) {
            extensions.add(Objects.requireNonNull(ext));
            return this;
        }

        public ParleyServer build() {
            if (dataset == null) throw new IllegalStateException("no dataset");
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            Path realm = realmFile();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .fusekiModules(FusekiModules.create())
                    .enableCors(true, null)
                    .enablePing(true);
            if (realm != null) b.passwordFile(realm.toString()).auth(AuthScheme.BASIC).realm("Parley");
            b.add(DATASET, dataService(realm != null));
            if (linkedData != null) LinkedData.install(b, dataset, linkedData, DATASET);
            extensions.forEach(e -> e.accept(b));
            FusekiServer fuseki = b.build();
            shrinkOutputBuffers(fuseki);
            return new ParleyServer(fuseki, realm != null);
        }

        private DataService dataService(boolean withUpdates) {
            DataService.Builder ds = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (withUpdates) {
                AuthPolicy adminOnly = Auth.policyAllowSpecific(ADMIN);
                ds.addEndpoint(Operation.Update, "update", adminOnly)
                  .addEndpoint(Operation.GSP_RW, "data", adminOnly);
            }
            return ds.build();
        }

        /** The password file to use: the given one, or a private temporary one for the admin password. */
        private Path realmFile() {
            if (passwordFile != null) return passwordFile;
            if (adminPassword == null) return null;
            try {
                Path f = Files.createTempFile("parley-realm", ".properties",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                f.toFile().deleteOnExit();
                Files.writeString(f, ADMIN + ": " + adminPassword + "\n");
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the temporary password file", e);
            }
        }

        private static void shrinkOutputBuffers(FusekiServer fuseki) {
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
                if (f != null) f.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
            }
        }
    }
}
