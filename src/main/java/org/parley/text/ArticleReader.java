package org.parley.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * Reads an article file and refuses what is not a news article's text: missing, empty,
 * binary, not UTF-8, or over {@link #MAX_BYTES}. Metadata comes from the command line or
 * from a sidecar {@code NAME.properties} ({@code published=}, {@code title=}).
 */
public final class ArticleReader {
    /** News articles are a few kilobytes; 1 MiB leaves room for long features and stops accidents. */
    public static final int MAX_BYTES = 1 << 20;

    private ArticleReader() {}

    /** Reads {@code file}; {@code published} and {@code title} override the sidecar when not null. */
    public static Article read(Path file, String published, String title) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        Properties meta = sidecar(file);
        String date = published != null ? published : meta.getProperty("published");
        if (date == null) throw new InputException(file + ": no publication date (give --published YYYY-MM-DD)");
        String headline = title != null ? title : meta.getProperty("title");
        return new Article(idOf(name), decode(file), parseDate(file, date), headline);
    }

    /** The article id: the base name without extension, as an IRI slug. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return Slugs.slug(base);
    }

    static LocalDate parseDate(Path file, String date) {
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new InputException(file + ": malformed date '" + date + "' (expected YYYY-MM-DD)");
        }
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": " + size + " bytes is over the limit of " + MAX_BYTES + " bytes for an article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        for (byte b : bytes) {
            if (b == 0) throw new InputException(file + ": binary data (NUL bytes), not article text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid UTF-8 text (convert it, e.g. iconv -t UTF-8)");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new InputException(file + ": empty article (no text)");
        long controls = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > text.length() / 100) throw new InputException(file + ": binary data (control characters), not article text");
        return text;
    }

    private static Properties sidecar(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path props = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".properties");
        Properties p = new Properties();
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new InputException(props + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        return p;
    }
}
