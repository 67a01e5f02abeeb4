package org.parley.mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.text.InputException;

/**
 * Reads the plain-text lexicons under {@code data/lexicon/}: one entry a line, {@code #}
 * comments, and optional {@code [section]} headers. See {@code docs/lexicon-format.md}.
 */
public final class LexiconFile {
    private LexiconFile() {}

    /** The lines of a file, comments and blank lines dropped, grouped by section ("" before the first header). */
    public static Map<String, List<String>> sections(Path file) {
        // Asking for a section the file lacks is an error in the file: say which file and section.
        Map<String, List<String>> out = new LinkedHashMap<>() {
            @Override
            public List<String> get(Object key) {
                List<String> v = super.get(key);
                if (v == null) throw new InputException(file + ": no [" + key + "] section");
                return v;
            }
        };
        String section = "";
        out.put(section, new ArrayList<>());
        for (String raw : lines(file)) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                out.computeIfAbsent(section, k -> new ArrayList<>());
            } else {
                out.get(section).add(line);
            }
        }
        return out;
    }

    /** The entries of a file without sections. */
    public static List<String> entries(Path file) {
        return sections(file).values().stream().flatMap(List::stream).toList();
    }

    /** Entries with '#' only as a whole-line comment: for data whose values may contain " #". */
    public static List<String> entriesRaw(Path file) {
        return lines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** Tab-separated rows. */
    public static List<String[]> rows(Path file) {
        return entries(file).stream().map(l -> l.split("\t")).toList();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        if (line.startsWith("#")) return "";
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read lexicon (" + e.getMessage() + ")", e);
        }
    }
}
