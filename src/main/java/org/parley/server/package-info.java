/** Stage 6: HTTP — embedded Fuseki (SPARQL, update, graph store) on Jetty, authentication, linked data. */
package org.parley.server;
