package org.parley.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files Parley serves itself from the classpath, so that no page needs anything from another
 * host: {@code /static/parley.css}, and YASGUI from its webjar under {@code /static/yasgui/}.
 */
final class StaticServlet extends HttpServlet {
    static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> FILES = Map.of(
            "/static/parley.css", "org/parley/server/ld/parley.css",
            "/static/yasgui/yasgui.min.js", YASGUI + "yasgui.min.js",
            "/static/yasgui/yasgui.min.css", YASGUI + "yasgui.min.css",
            "/static/query.js", "org/parley/server/ld/query.js");
    private final Map<String, Reply.Body> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String resource = FILES.get(req.getRequestURI());
        Reply.Body body = resource == null ? null : cache.computeIfAbsent(resource, r -> new Reply.Body(read(r)));
        if (body == null) {
            Reply.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such file: " + req.getRequestURI());
            return;
        }
        String type = resource.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
        Reply.send(req, resp, type, body, false);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
