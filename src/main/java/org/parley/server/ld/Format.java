package org.parley.server.ld;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations Parley produces. Each has one media type, a short name used by
 * {@code ?format=} and a file suffix used by {@code /id/...​.ttl}; they are the same word except
 * for HTML. The quad formats carry graph names, so they are offered for named graphs only.
 */
public enum Format {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    TRIG("application/trig", "trig", RDFFormat.TRIG_PRETTY),
    NQUADS("application/n-quads", "nq", RDFFormat.NQUADS);

    public final String mediaType;
    public final String name;
    public final RDFFormat rdf;

    Format(String mediaType, String name, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.name = name;
        this.rdf = rdf;
    }

    public boolean isQuads() { return this == TRIG || this == NQUADS; }
    public boolean isRdf() { return rdf != null; }
    public Lang lang() { return rdf == null ? null : rdf.getLang(); }

    /** The Content-Type header value; every text format Parley writes is UTF-8. */
    public String contentType() { return mediaType + ";charset=utf-8"; }

    /** The format whose short name (or suffix) this is. */
    public static Optional<Format> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name)).findFirst();
    }
}
