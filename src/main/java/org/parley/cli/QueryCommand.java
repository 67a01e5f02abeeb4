package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.parley.store.ParleyStore;
import org.parley.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query (a file, or --query TEXT) against the store, or a server with --endpoint.")
final class QueryCommand implements Callable<Integer> {
    @ParentCommand Parley parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .rq file.")
    Path file;

    @Option(names = "--query", paramLabel = "SPARQL", description = "The query text instead of a file.")
    String text;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query a running server (e.g. http://localhost:3030/parley/sparql) instead of the store folder.")
    String endpoint;

    @Option(names = "--format", description = "text (default), csv, tsv, json, xml; for CONSTRUCT/DESCRIBE: ttl, nt, jsonld.")
    String format = "text";

    @Override
    public Integer call() {
        Query q = parse();
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
                print(q, qe);
            }
        } else {
            try (ParleyStore store = ParleyStore.open(parent.config().store())) {
                store.datasetGraph().executeRead(() -> {
                    try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph())).query(q).build()) {
                        print(q, qe);
                    }
                });
            }
        }
        return 0;
    }

    private Query parse() {
        String src;
        String where;
        if (text != null) {
            src = text;
            where = "--query";
        } else if (file != null) {
            where = file.toString();
            try {
                src = Files.readString(file);
            } catch (IOException e) {
                throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
            }
        } else {
            throw new InputException("give a query FILE or --query TEXT");
        }
        try {
            return QueryFactory.create(src);
        } catch (QueryParseException e) {
            throw new InputException(where + ": SPARQL syntax error: " + e.getMessage());
        }
    }

    private void print(Query q, QueryExecution qe) {
        PrintStream out = System.out;
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                case "xml" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
                default -> ResultSetFormatter.out(out, rs, q);
            }
        } else if (q.isAskType()) {
            out.println(qe.execAsk());
        } else {
            var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case "nt" -> Lang.NTRIPLES;
                case "jsonld" -> Lang.JSONLD;
                case "xml", "rdf" -> Lang.RDFXML;
                default -> Lang.TURTLE;
            };
            RDFDataMgr.write(out, model, lang);
        }
        out.flush();
    }
}
