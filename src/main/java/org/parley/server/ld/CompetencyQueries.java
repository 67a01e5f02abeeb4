package org.parley.server.ld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The competency queries under {@code queries/}: one {@code NN-name.rq} file each, opening with a
 * {@code #} comment that asks the question in plain English. Read once at start-up, for the home
 * and query pages.
 */
public record CompetencyQueries(List<Entry> all) {
    public static final Pattern FILE_NAME = Pattern.compile("[0-9]{2}-[a-z0-9-]+\\.rq");

    /** One query: its file's base name, its question, its text. */
    public record Entry(String name, String question, String text) {}

    public CompetencyQueries { all = List.copyOf(all); }

    public static CompetencyQueries load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return new CompetencyQueries(List.of());
        try (Stream<Path> files = Files.list(dir)) {
            return new CompetencyQueries(files.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().map(CompetencyQueries::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + dir, e);
        }
    }

    static Entry read(Path file) {
        try {
            String text = Files.readString(file);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new Entry(name, question(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query " + file, e);
        }
    }

    /** The opening comment, up to the first line that is not a comment or is an empty one. */
    public static String question(String text) {
        StringBuilder q = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#") || l.replaceFirst("^#+", "").isBlank()) break;
            if (q.length() > 0) q.append(' ');
            q.append(l.replaceFirst("^#+\\s*", ""));
        }
        return q.toString();
    }

    public java.util.Optional<Entry> byName(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
