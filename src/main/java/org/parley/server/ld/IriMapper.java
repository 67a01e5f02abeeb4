package org.parley.server.ld;

import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.rdf.Iris;
import org.parley.rdf.Vocab;

/**
 * Maps Parley's canonical IRIs to the paths this server answers them on, and back (Pubby's
 * dataset base and web base). The canonical base {@value Iris#BASE} corresponds to the server
 * root:
 * <pre>
 * https://w3id.org/parley/id/person/donald-trump  ↔  /id/person/donald-trump
 * https://w3id.org/parley/graph/article/{aid}      ↔  /graph/article/{aid}
 * https://w3id.org/parley/ontology                 ↔  /ontology
 * https://w3id.org/parley/ontology#Leader           →  /ontology#Leader   (the fragment stays in the browser)
 * https://w3id.org/parley/shapes#X                  →  /graph/shapes
 * </pre>
 * Any other IRI is not Parley's to serve: {@link Optional#empty()}.
 */
public final class IriMapper {
    /** Path segments of minted IRIs: ASCII slugs and keys. Anything else cannot be one of ours. */
    private static final Pattern SAFE_PATH = Pattern.compile("(/(?!\\.+(/|$))[A-Za-z0-9._~-]+)+");
    private static final String ONTOLOGY_PATH = "/ontology";
    private static final String SHAPES_IRI = Iris.BASE + "shapes";

    private IriMapper() {}

    /** The server path of a canonical IRI, fragment kept (links to ontology terms need it). */
    public static Optional<String> pathOf(String iri) {
        if (iri == null || !iri.startsWith(Iris.BASE)) return Optional.empty();
        if (iri.equals(Vocab.ONTOLOGY_IRI)) return Optional.of(ONTOLOGY_PATH);
        if (iri.startsWith(Vocab.PARLEY)) return Optional.of(ONTOLOGY_PATH + "#" + iri.substring(Vocab.PARLEY.length()));
        if (iri.equals(SHAPES_IRI) || iri.startsWith(SHAPES_IRI + "#")) return Optional.of("/graph/shapes");
        String rest = iri.substring(Iris.BASE.length() - 1);
        if ((rest.startsWith("/id/") || rest.startsWith("/graph/")) && SAFE_PATH.matcher(rest).matches()) return Optional.of(rest);
        return Optional.empty();
    }

    /** The canonical IRI a request path stands for (no suffix, no query), or empty if not one of ours. */
    public static Optional<String> iriOf(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches()) return Optional.empty();
        if (path.equals(ONTOLOGY_PATH)) return Optional.of(Vocab.ONTOLOGY_IRI);
        if (path.startsWith("/id/") || path.startsWith("/graph/")) return Optional.of(Iris.BASE + path.substring(1));
        return Optional.empty();
    }

    /**
     * The URL of the document describing {@code iri} in format {@code f} on the server at
     * {@code base} ({@code /id/state/ukraine.ttl}; every ontology term's is the ontology's, {@code /ontology.ttl}).
     */
    public static Optional<String> documentUrl(String iri, String base, Format f) {
        return pathOf(iri).map(p -> base + (p.contains("#") ? p.substring(0, p.indexOf('#')) : p) + "." + f.name);
    }

    /** The URL a link to {@code iri} should have in output for {@code base}: ours mapped, others as they are. */
    public static String link(String iri, String base) {
        return pathOf(iri).map(p -> base + p).orElse(iri);
    }

    /**
     * The IRI to write in RDF output for {@code base}. Instance IRIs (id/, graph/) are rewritten so a
     * client can follow its nose on this server; vocabulary terms keep their canonical IRIs, since
     * they are what queries and consumers match on (a rewritten rdf:type would be a class nobody knows).
     */
    public static String rewrite(String iri, String base) {
        if (iri.startsWith(Iris.ID) || iri.startsWith(Iris.GRAPH)) return base + iri.substring(Iris.BASE.length() - 1);
        return iri;
    }

    public static boolean isGraph(String iri) { return iri.startsWith(Iris.GRAPH); }
    public static boolean isOntology(String iri) { return iri.equals(Vocab.ONTOLOGY_IRI); }
}
