package org.parley.text;

import java.time.LocalDate;

/**
 * An article as read from disk, checked and ready for the pipeline.
 *
 * @param id        the article id: the file's base name, slugged; it names the article's IRI and graph
 * @param text      the exact text (a leading byte-order mark removed)
 * @param published the publication date, against which relative dates are resolved
 * @param title     a headline, or null
 */
public record Article(String id, String text, LocalDate published, String title) {}
