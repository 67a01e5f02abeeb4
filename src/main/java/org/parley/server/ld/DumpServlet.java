package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The whole dataset as gzipped N-Quads at {@code /dump/parley.nq.gz}, streamed from one read
 * transaction: a consistent snapshot, never held in memory. IRIs are canonical, as in SPARQL.
 */
final class DumpServlet extends HttpServlet {
    static final String PATH = "/dump/parley.nq.gz";
    private final DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        if (!PATH.equals(req.getRequestURI())) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "The dump is at " + PATH);
            return;
        }
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"parley.nq.gz\"");
        resp.setHeader("Cache-Control", "no-cache");
        if ("HEAD".equals(req.getMethod())) return;
        dsg.executeRead(() -> {
            try (OutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 64 * 1024)) {
                StreamRDF out = StreamRDFWriter.getWriterStream(gz, Lang.NQUADS);
                out.start();
                dsg.find().forEachRemaining(out::quad);
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException("the dump was cut off: " + e.getMessage(), e);
            }
        });
    }
}
