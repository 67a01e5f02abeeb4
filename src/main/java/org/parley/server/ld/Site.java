package org.parley.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;

/** What every linked-data servlet shares: the store, the configuration, and how to find the base of links. */
record Site(DatasetGraph dsg, LinkedDataConfig cfg, Describer describer, CompetencyQueries queries) {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    static Site of(DatasetGraph dsg, LinkedDataConfig cfg) {
        return new Site(dsg, cfg, new Describer(dsg), CompetencyQueries.load(cfg.queries()));
    }

    /**
     * The scheme://host[:port] that links in a response start with: the configured public base, or
     * the address the client used (its Host header, checked, so that a forged header cannot inject
     * markup or other hosts' paths).
     */
    String base(HttpServletRequest req) {
        if (cfg.publicBase() != null) return cfg.publicBase();
        String host = req.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) host = req.getServerName() + ":" + req.getServerPort();
        return req.getScheme() + "://" + host;
    }
}
