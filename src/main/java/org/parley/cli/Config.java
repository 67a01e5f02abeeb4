package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where things live: resolved from options, then environment variables, then defaults. */
record Config(Path home, Path store) {
    static Config resolve(Path home, Path store) {
        Path h = home != null ? home : env("PARLEY_HOME") != null ? Path.of(env("PARLEY_HOME")) : Path.of("");
        Path s = store != null ? store : env("PARLEY_STORE") != null ? Path.of(env("PARLEY_STORE")) : h.resolve("run/tdb2");
        return new Config(h.toAbsolutePath().normalize(), s.toAbsolutePath().normalize());
    }

    Path ontology() { return home.resolve("ontology"); }
    Path data() { return home.resolve("data"); }
    Path queries() { return home.resolve("queries"); }

    /** The articles a new store starts with, listed one file name a line in data/default-articles.txt. */
    List<Path> defaultArticles() {
        Path list = data().resolve("default-articles.txt");
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(list)) return out;
        try {
            for (String line : Files.readAllLines(list)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(data().resolve("articles").resolve(t));
            }
        } catch (IOException e) {
            throw new org.parley.text.InputException(list + ": cannot read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }
}
