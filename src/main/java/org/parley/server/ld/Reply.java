package org.parley.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Sends a rendered body with what caches and clients need: a weak {@code ETag} (a hash of the
 * body, so it changes exactly when the description does), {@code Last-Modified}, {@code 304} on a
 * matching {@code If-None-Match} (or, without one, {@code If-Modified-Since}), gzip when the client
 * accepts it, and {@code Vary}. The ETag is weak because the gzipped and plain bodies share it.
 */
final class Reply {
    /** Bodies smaller than this are not worth compressing. */
    static final int GZIP_MIN = 512;
    /**
     * When each body hash was first served. The store keeps no modification times, so a
     * description's Last-Modified is the first time this process saw it in its current state:
     * never earlier than the real change, which keeps If-Modified-Since safe.
     */
    private static final Map<String, Long> FIRST_SEEN = new ConcurrentHashMap<>();
    private static final int FIRST_SEEN_MAX = 50_000;

    private Reply() {}

    /**
     * A body ready to send: its hash and, made once when first asked for, its gzipped form. Static
     * files keep theirs, so the 1 MB YASGUI bundle is hashed and compressed once, not per request.
     */
    static final class Body {
        final byte[] plain;
        final String hash;
        private volatile byte[] gzipped;

        Body(byte[] plain) {
            this.plain = plain;
            this.hash = hash(plain);
        }

        byte[] gzipped() {
            byte[] g = gzipped;
            if (g == null) gzipped = g = gzip(plain);
            return g;
        }
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body, boolean negotiated) {
        send(req, resp, contentType, new Body(body), negotiated);
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, Body body, boolean negotiated) {
        String etag = "W/\"" + body.hash + "\"";
        long lastModified = firstSeen(body.hash);
        // Origin too: the CORS filter echoes the request's Origin, and its own Vary is replaced here.
        resp.setHeader("Vary", negotiated ? "Accept, Accept-Encoding, Origin" : "Accept-Encoding, Origin");
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Content-Location, Link, Vary");
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType);
        byte[] out = body.plain;
        if (out.length >= GZIP_MIN && acceptsGzip(req.getHeader("Accept-Encoding"))) {
            out = body.gzipped();
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(out.length);
        if ("HEAD".equals(req.getMethod())) return;
        try {
            resp.getOutputStream().write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text error or notice, never cached. */
    static void error(HttpServletResponse resp, int status, String message) {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        try {
            resp.getOutputStream().write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean notModified(HttpServletRequest req, String etag, long lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            String mine = opaque(etag);
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || opaque(t).equals(mine)) return true;
            }
            return false;
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ims >= 0 && lastModified / 1000 <= ims / 1000;
    }

    /** Weak comparison (RFC 9110 8.8.3.2): the W/ prefix does not count. */
    private static String opaque(String tag) { return tag.startsWith("W/") ? tag.substring(2) : tag; }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (!p[0].trim().equalsIgnoreCase("gzip")) continue;
            for (int i = 1; i < p.length; i++) {
                String q = p[i].trim().replace(" ", "");
                if (q.startsWith("q=")) {
                    try {
                        return Double.parseDouble(q.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static long firstSeen(String hash) {
        if (FIRST_SEEN.size() > FIRST_SEEN_MAX) FIRST_SEEN.clear();
        // Whole seconds: HTTP dates carry no milliseconds.
        return FIRST_SEEN.computeIfAbsent(hash, h -> System.currentTimeMillis() / 1000 * 1000);
    }
}
