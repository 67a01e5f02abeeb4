/** Linked data: every Parley IRI dereferenced as HTML or RDF, the home, query and ontology pages, VoID and the dump. */
package org.parley.server.ld;
