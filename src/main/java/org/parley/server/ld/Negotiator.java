package org.parley.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Content negotiation on {@code Accept}, declared as one table of offers. Each offer is a media
 * type the client may ask for, the format Parley answers with, and Parley's own preference
 * ({@code qs}, as in Apache's type maps). The chosen format maximises client q × qs; ties go to
 * the earlier row. For each offer the most specific matching range counts
 * ({@code text/turtle;q=0} beats {@code *}{@code /*}), and q=0 rules an offer out.
 *
 * <p>Turtle has the highest qs, so {@code *}{@code /*} (curl, most RDF libraries) gets Turtle,
 * while a browser's {@code text/html,...,*}{@code /*;q=0.8} gets HTML (1 × 0.9 beats 0.8 × 1).
 */
public final class Negotiator {
    /** One row: a media type that may be asked for, the format that answers it, Parley's preference. */
    public record Offer(String mediaType, Format format, double qs) {}

    public static final List<Offer> OFFERS = List.of(
            new Offer("text/turtle", Format.TURTLE, 1.0),
            new Offer("application/trig", Format.TRIG, 1.0),
            new Offer("text/html", Format.HTML, 0.9),
            new Offer("application/xhtml+xml", Format.HTML, 0.85),
            new Offer("application/ld+json", Format.JSONLD, 0.9),
            new Offer("application/rdf+xml", Format.RDFXML, 0.8),
            new Offer("application/n-triples", Format.NTRIPLES, 0.8),
            new Offer("application/n-quads", Format.NQUADS, 0.8),
            new Offer("application/x-turtle", Format.TURTLE, 0.8),
            new Offer("application/json", Format.JSONLD, 0.6),
            new Offer("application/xml", Format.RDFXML, 0.5));

    private Negotiator() {}

    /** The format to answer {@code accept} with, among {@code available}; empty means 406. */
    public static Optional<Format> choose(String accept, Set<Format> available) {
        List<Range> ranges = parse(accept == null || accept.isBlank() ? "*/*" : accept);
        Format best = null;
        double bestScore = 0;
        for (Offer o : OFFERS) {
            if (!available.contains(o.format())) continue;
            double score = quality(ranges, o.mediaType()) * o.qs();
            if (score > bestScore) {
                best = o.format();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The media types a client may ask for to get one of {@code available}, for the 406 message. */
    public static List<String> mediaTypes(Set<Format> available) {
        return OFFERS.stream().filter(o -> available.contains(o.format())).map(Offer::mediaType).toList();
    }

    private record Range(String type, String subtype, double q) {
        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }
        boolean matches(String t, String s) {
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    private static double quality(List<Range> ranges, String mediaType) {
        String[] ts = mediaType.split("/");
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(ts[0], ts[1]) && (best == null || r.specificity() > best.specificity())) best = r;
        }
        return best == null ? 0 : best.q();
    }

    /** Parses an Accept header; malformed ranges are skipped rather than failing the request. */
    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String[] ts = params[0].trim().toLowerCase(Locale.ROOT).split("/");
            if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) continue;
            double q = 1.0;
            boolean ok = true;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(kv[1].trim());
                    } catch (NumberFormatException e) {
                        ok = false;
                    }
                }
            }
            if (ok && q >= 0 && q <= 1) out.add(new Range(ts[0], ts[1], q));
        }
        return out;
    }
}
