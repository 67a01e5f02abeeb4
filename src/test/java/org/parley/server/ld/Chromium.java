package org.parley.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's chromium, headless, as the browser tests drive it: a fresh profile each run, no background traffic. */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    static boolean installed() { return Files.isExecutable(BINARY); }

    /** The DOM after loading {@code url} (and running its scripts, if any, for up to the virtual time budget). */
    static String dumpDom(Path tmp, String url, String... extraFlags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extraFlags));
        cmd.addAll(List.of("--dump-dom", url));
        Path out = tmp.resolve("dom-" + System.nanoTime() + ".html");
        Path err = tmp.resolve("err-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 90 s on " + url);
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || dom.isBlank()) {
            throw new IllegalStateException("chromium failed (exit " + p.exitValue() + ") on " + url + ": " + Files.readString(err));
        }
        return dom;
    }
}
