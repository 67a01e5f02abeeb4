/** Stage 4: facts to RDF — the vocabulary, the IRI policy, one graph per article with its NIF text layer. */
package org.parley.rdf;
