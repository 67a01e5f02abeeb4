package org.parley.mention;

/**
 * A known or newly found entity.
 *
 * @param iri   its IRI (under the canonical base for Parley's own)
 * @param kind  the IRI kind segment: state, organization, body, person, territory, place
 * @param label its English name
 */
public record Entity(String iri, String kind, String label) {
    /** Where Parley's own resources live; the rdf stage's IRI policy uses the same base. */
    public static final String ID = "https://w3id.org/parley/id/";

    public boolean isActor() {
        return kind.equals("state") || kind.equals("organization") || kind.equals("body") || kind.equals("person");
    }

    public boolean isPerson() { return kind.equals("person"); }

    /** "kind/slug", the form the gold files use. */
    public String key() {
        int i = iri.indexOf("/id/");
        return i >= 0 ? iri.substring(i + 4) : iri;
    }
}
