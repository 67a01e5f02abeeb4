package org.parley.rdf;

import org.apache.jena.graph.Graph;
import org.parley.text.Article;
import org.parley.text.Document;
import org.parley.text.TextPipeline;

/**
 * The whole way from an article to its graph: text, then extraction, then RDF. Build one per
 * process: it loads the language models and the lexicons once.
 */
public final class Pipeline {
    private final TextPipeline text;

    public Pipeline() {
        this.text = new TextPipeline();
    }

    /** The article's graph and what went into it. */
    public record Result(Article article, Document document, Graph graph, int facts) {}

    public Result run(Article article) {
        Document doc = text.process(article.text());
        Graph g = TextLayer.build(article, doc);
        return new Result(article, doc, g, 0);
    }
}
