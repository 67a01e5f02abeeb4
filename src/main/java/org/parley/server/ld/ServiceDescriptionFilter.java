package org.parley.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description on a plain GET of the query endpoints ({@code /parley/sparql},
 * {@code /parley/query}). Fuseki 5.6 answers such a request with a 404 placeholder, so this
 * filter, which runs before Fuseki's, answers it; any request with parameters goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private final Site site;
    private final String dataset;

    ServiceDescriptionFilter(Site site, String datasetPath) {
        this.site = site;
        this.dataset = datasetPath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String uri = req.getRequestURI();
        boolean endpoint = uri.equals(dataset + "/sparql") || uri.equals(dataset + "/query");
        if (endpoint && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && (req.getQueryString() == null || req.getQueryString().isEmpty())) {
            String base = site.base(req);
            DocumentReply.send(req, (HttpServletResponse) response, describe(base + uri), "SPARQL service description", base, uri, true);
            return;
        }
        chain.doFilter(request, response);
    }

    Graph describe(String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        Node svc = NodeFactory.createURI(endpoint + "#service");
        g.add(svc, RDF.type.asNode(), sd("Service"));
        g.add(svc, sd("endpoint"), NodeFactory.createURI(endpoint));
        g.add(svc, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(svc, sd("feature"), sd("UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            g.add(svc, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        }
        Node ds = NodeFactory.createBlankNode();
        Node dflt = NodeFactory.createBlankNode();
        g.add(svc, sd("defaultDataset"), ds);
        g.add(ds, RDF.type.asNode(), sd("Dataset"));
        g.add(ds, sd("defaultGraph"), dflt);
        g.add(dflt, RDF.type.asNode(), sd("Graph"));
        Map<String, Long> graphs = new Stats(site.dsg()).graphs();
        g.add(dflt, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(graphs.values().stream().mapToLong(Long::longValue).sum()),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        graphs.forEach((name, n) -> {
            Node ng = NodeFactory.createBlankNode();
            Node gr = NodeFactory.createBlankNode();
            g.add(ds, sd("namedGraph"), ng);
            g.add(ng, RDF.type.asNode(), sd("NamedGraph"));
            g.add(ng, sd("name"), NodeFactory.createURI(name));
            g.add(ng, sd("graph"), gr);
            g.add(gr, RDF.type.asNode(), sd("Graph"));
            g.add(gr, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        return g;
    }

    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }
}
