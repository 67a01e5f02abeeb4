package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Adds the linked-data layer to a Fuseki server: resource, graph and ontology pages, the home and
 * query pages, VoID, the service description and the dump. Paths (the dataset stays at
 * {@code /parley/...}):
 * <pre>
 * /                      home page
 * /id/...  /graph/...     Parley's resources and named graphs (IRIs https://w3id.org/parley/id/..., graph/...)
 * /ontology              the ontology (also .ttl etc.); /ontology/Term redirects to /ontology#Term
 * /query                 YASGUI with the competency queries; /queries/NN-name.rq the files
 * /.well-known/void      VoID description
 * /dump/parley.nq.gz     the whole dataset, gzipped N-Quads
 * /static/...            the stylesheet and YASGUI
 * GET /parley/sparql     (no query) the SPARQL service description
 * </pre>
 */
public final class LinkedData {
    private LinkedData() {}

    /** Registers the servlets and the filter on {@code b}, serving {@code dsg}. */
    public static void install(FusekiServer.Builder b, DatasetGraph dsg, LinkedDataConfig cfg, String datasetPath) {
        Site site = Site.of(dsg, cfg);
        ResourceServlet resources = new ResourceServlet(site);
        b.addServlet("/id/*", resources);
        b.addServlet("/graph/*", resources);
        b.addServlet("/ontology", resources);
        b.addServlet("/ontology/*", resources);
        VoidServlet voidServlet = new VoidServlet(site, datasetPath);
        b.addServlet("/.well-known/void", voidServlet);
        for (Format f : Format.values()) {
            b.addServlet("/ontology." + f.name, resources);
            b.addServlet("/.well-known/void." + f.name, voidServlet);
        }
        // "" is the servlet spec's mapping for the context root alone; Fuseki keeps "/" for its 404.
        b.addServlet("", new HomeServlet(site, datasetPath));
        HttpServlet query = new QueryServlet(site, datasetPath);
        b.addServlet("/query", query);
        b.addServlet("/queries/*", query);
        b.addServlet("/static/*", new StaticServlet());
        b.addServlet("/dump/*", new DumpServlet(dsg));
        b.addFilter(datasetPath + "/*", new ServiceDescriptionFilter(site, datasetPath));
    }
}
