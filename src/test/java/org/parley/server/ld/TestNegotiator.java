package org.parley.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The negotiator as tables: an Accept header, and the format Parley must answer with (null: 406). */
class TestNegotiator {
    static final Set<Format> RESOURCE = ResourceServlet.TRIPLE_FORMATS;
    static final Set<Format> GRAPH = ResourceServlet.GRAPH_FORMATS;

    static Stream<Arguments> resourceTable() {
        return Stream.of(
                Arguments.of(null, Format.TURTLE),
                Arguments.of("", Format.TURTLE),
                Arguments.of("*/*", Format.TURTLE),
                Arguments.of("text/turtle", Format.TURTLE),
                Arguments.of("application/x-turtle", Format.TURTLE),
                Arguments.of("text/html", Format.HTML),
                Arguments.of("application/xhtml+xml", Format.HTML),
                Arguments.of("application/ld+json", Format.JSONLD),
                Arguments.of("application/json", Format.JSONLD),
                Arguments.of("application/rdf+xml", Format.RDFXML),
                Arguments.of("application/n-triples", Format.NTRIPLES),
                // Chrome and Firefox: HTML beats */* even though Turtle is Parley's own preference.
                Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", Format.HTML),
                Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Format.HTML),
                // Jena's RDF readers and rdflib ask for several RDF types with weights.
                Arguments.of("text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,*/*;q=0.1", Format.TURTLE),
                Arguments.of("application/rdf+xml;q=1.0, text/turtle;q=0.5", Format.RDFXML),
                Arguments.of("application/ld+json;q=0.5, application/n-triples", Format.NTRIPLES),
                // The most specific range decides: an explicit q=0 rules Turtle out despite */*.
                Arguments.of("text/turtle;q=0, */*", Format.HTML),
                Arguments.of("text/*", Format.TURTLE),
                Arguments.of("text/*;q=0.5, application/ld+json", Format.JSONLD),
                Arguments.of("application/*", Format.JSONLD),
                Arguments.of("TEXT/HTML", Format.HTML),
                Arguments.of(" text/html ; q=0.5 , application/rdf+xml ; q=0.9 ", Format.RDFXML),
                // Malformed ranges are skipped, not fatal.
                Arguments.of("garbage, text/turtle", Format.TURTLE),
                Arguments.of("text/html;q=abc, application/n-triples", Format.NTRIPLES),
                // Nothing Parley can produce: 406.
                Arguments.of("image/png", null),
                Arguments.of("application/pdf, image/*", null),
                Arguments.of("text/turtle;q=0", null),
                Arguments.of("*/*;q=0", null),
                // Quad formats only for named graphs.
                Arguments.of("application/trig", null),
                Arguments.of("application/n-quads", null));
    }

    @ParameterizedTest(name = "resource, Accept: {0} -> {1}")
    @MethodSource("resourceTable")
    void choosesTheFormatForAResource(String accept, Format expected) {
        assertEquals(Optional.ofNullable(expected), Negotiator.choose(accept, RESOURCE));
    }

    static Stream<Arguments> graphTable() {
        return Stream.of(
                Arguments.of("*/*", Format.TURTLE),
                Arguments.of("application/trig", Format.TRIG),
                Arguments.of("application/n-quads", Format.NQUADS),
                Arguments.of("application/n-quads, application/trig;q=0.5", Format.NQUADS),
                Arguments.of("text/html,*/*;q=0.8", Format.HTML),
                Arguments.of("application/trig, text/turtle", Format.TURTLE),
                Arguments.of("text/turtle;q=0.9, application/trig", Format.TRIG));
    }

    @ParameterizedTest(name = "graph, Accept: {0} -> {1}")
    @MethodSource("graphTable")
    void choosesTheFormatForANamedGraph(String accept, Format expected) {
        assertEquals(Optional.ofNullable(expected), Negotiator.choose(accept, GRAPH));
    }

    @ParameterizedTest(name = "only JSON-LD on offer, Accept: {0} -> {1}")
    @MethodSource("restrictedTable")
    void respectsWhatIsOnOffer(String accept, Format expected) {
        assertEquals(Optional.ofNullable(expected), Negotiator.choose(accept, EnumSet.of(Format.JSONLD)));
    }

    static Stream<Arguments> restrictedTable() {
        return Stream.of(
                Arguments.of("text/turtle", null),
                Arguments.of("text/turtle, */*;q=0.1", Format.JSONLD),
                Arguments.of("application/json", Format.JSONLD));
    }
}
