package org.parley.server.ld;

import java.net.URI;
import java.nio.file.Path;

/**
 * How the linked-data layer is set up.
 *
 * @param publicBase the scheme://host[:port][/path] that links in the output point to, without a
 *     trailing slash; null means each request's own scheme://host:port (serve --base, PARLEY_BASE)
 * @param queries the folder of competency queries ({@code NN-name.rq}) for the home and query
 *     pages; null or missing means none
 * @param inboundLimit how many links pointing at a resource a description holds before it links
 *     to the rest
 */
public record LinkedDataConfig(String publicBase, Path queries, int inboundLimit) {
    public static final int DEFAULT_INBOUND_LIMIT = 100;

    public LinkedDataConfig {
        if (publicBase != null) publicBase = checkBase(publicBase);
        if (inboundLimit < 1) throw new IllegalArgumentException("inbound limit must be positive: " + inboundLimit);
    }

    public static LinkedDataConfig defaults() { return new LinkedDataConfig(null, null, DEFAULT_INBOUND_LIMIT); }
    public LinkedDataConfig withBase(String base) { return new LinkedDataConfig(base, queries, inboundLimit); }
    public LinkedDataConfig withQueries(Path dir) { return new LinkedDataConfig(publicBase, dir, inboundLimit); }
    public LinkedDataConfig withInboundLimit(int n) { return new LinkedDataConfig(publicBase, queries, n); }

    private static String checkBase(String base) {
        String b = base.strip();
        URI u;
        try {
            u = URI.create(b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public base is not a URL: '" + base + "'");
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                || u.getQuery() != null || u.getFragment() != null) {
            throw new IllegalArgumentException("public base must be an http(s) URL without query or fragment, e.g. https://parley.example.org/ : '" + base + "'");
        }
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
