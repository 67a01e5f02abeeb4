package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestIriMapper {
    static Stream<Arguments> served() {
        return Stream.of(
                Arguments.of("https://w3id.org/parley/id/person/donald-trump", "/id/person/donald-trump"),
                Arguments.of("https://w3id.org/parley/id/article/white-house-summit-2025-08-18/sentence/3", "/id/article/white-house-summit-2025-08-18/sentence/3"),
                Arguments.of("https://w3id.org/parley/graph/article/white-house-summit-2025-08-18", "/graph/article/white-house-summit-2025-08-18"),
                Arguments.of("https://w3id.org/parley/graph/ontology", "/graph/ontology"),
                Arguments.of("https://w3id.org/parley/ontology", "/ontology"));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @MethodSource("served")
    void mapsBothWays(String iri, String path) {
        assertEquals(Optional.of(path), IriMapper.pathOf(iri));
        assertEquals(Optional.of(iri), IriMapper.iriOf(path));
    }

    @Test
    void ontologyTermsLinkToTheirEntryOnTheOntologyPage() {
        assertEquals(Optional.of("/ontology#SecurityGuarantee"), IriMapper.pathOf("https://w3id.org/parley/ontology#SecurityGuarantee"));
        assertEquals(Optional.of("/graph/shapes"), IriMapper.pathOf("https://w3id.org/parley/shapes#QuoteShape"));
    }

    static Stream<String> notOurs() {
        return Stream.of("http://www.wikidata.org/entity/Q212", "https://w3id.org/parley/", "https://w3id.org/parley/other/x",
                "https://w3id.org/parleyx/id/a", "https://w3id.org/parley/id/", "https://w3id.org/parley/id/a b", "https://w3id.org/parley/id/x/../../etc");
    }

    @ParameterizedTest(name = "not served: {0}")
    @MethodSource("notOurs")
    void saysEmptyForIrisItDoesNotServe(String iri) {
        assertEquals(Optional.empty(), IriMapper.pathOf(iri));
    }

    static Stream<String> notOurPaths() {
        return Stream.of("/", "/parley/sparql", "/id", "/id/", "/query", "/static/parley.css", "/id/a/../b", "/id/a%20b", "/id/<x>", "/graph");
    }

    @ParameterizedTest(name = "no IRI for path {0}")
    @MethodSource("notOurPaths")
    void keepsOtherPathsOutOfResourceSpace(String path) {
        assertEquals(Optional.empty(), IriMapper.iriOf(path));
    }

    @Test
    void linksAndRewritesForThePublicBase() {
        String base = "http://localhost:3030";
        assertEquals("http://localhost:3030/id/state/ukraine", IriMapper.link("https://w3id.org/parley/id/state/ukraine", base));
        assertEquals("http://localhost:3030/ontology#Leader", IriMapper.link("https://w3id.org/parley/ontology#Leader", base));
        assertEquals("http://www.wikidata.org/entity/Q212", IriMapper.link("http://www.wikidata.org/entity/Q212", base));
        assertEquals("http://localhost:3030/id/state/ukraine", IriMapper.rewrite("https://w3id.org/parley/id/state/ukraine", base));
        assertEquals("http://localhost:3030/id/person/", IriMapper.rewrite("https://w3id.org/parley/id/person/", base), "namespace prefixes move too");
        assertEquals("https://w3id.org/parley/ontology#Leader", IriMapper.rewrite("https://w3id.org/parley/ontology#Leader", base),
                "vocabulary terms stay canonical in RDF");
        assertEquals("https://w3id.org/parley/id/state/ukraine", IriMapper.rewrite("https://w3id.org/parley/id/state/ukraine", "https://w3id.org/parley"),
                "the canonical base rewrites nothing");
    }

    @Test
    void documentUrlsPerFormat() {
        String base = "http://localhost:3030";
        assertEquals(Optional.of("http://localhost:3030/id/state/ukraine.ttl"), IriMapper.documentUrl("https://w3id.org/parley/id/state/ukraine", base, Format.TURTLE));
        assertEquals(Optional.of("http://localhost:3030/graph/reference.nq"), IriMapper.documentUrl("https://w3id.org/parley/graph/reference", base, Format.NQUADS));
        assertEquals(Optional.of("http://localhost:3030/ontology.jsonld"), IriMapper.documentUrl("https://w3id.org/parley/ontology#Leader", base, Format.JSONLD));
        assertEquals(Optional.empty(), IriMapper.documentUrl("http://www.wikidata.org/entity/Q212", base, Format.TURTLE));
    }

    @Test
    void publicBaseIsCheckedAndNormalised() {
        assertEquals("https://parley.example.org", LinkedDataConfig.defaults().withBase("https://parley.example.org/").publicBase());
        assertEquals("http://example.org/parley", LinkedDataConfig.defaults().withBase(" http://example.org/parley ").publicBase());
        for (String bad : new String[] {"example.org", "ftp://example.org/", "http://example.org/?q=1", "http://exa mple.org/"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LinkedDataConfig.defaults().withBase(bad), bad);
        }
    }
}
