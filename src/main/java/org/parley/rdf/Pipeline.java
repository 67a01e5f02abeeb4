package org.parley.rdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.extract.Facts;
import org.parley.mention.Annotated;
import org.parley.mention.Gazetteer;
import org.parley.mention.MentionFinder;
import org.parley.text.Article;
import org.parley.text.Document;
import org.parley.text.TextPipeline;

/**
 * The whole way from an article to its graph: text, mentions, facts, RDF. Build one per
 * process: it loads the language models, the reference data and the lexicons once.
 */
public final class Pipeline {
    private final TextPipeline text;
    private final MentionFinder mentions;
    private final Extractor extractor;

    /** Reads the reference data under {@code dataDir/reference} and the lexicons under {@code dataDir/lexicon}. */
    public Pipeline(Path dataDir) {
        this.text = new TextPipeline();
        Gazetteer gaz = new Gazetteer(ReferenceData.read(dataDir.resolve("reference")));
        this.mentions = new MentionFinder(gaz, dataDir.resolve("lexicon"));
        this.extractor = new Extractor(gaz, dataDir.resolve("lexicon"));
    }

    /** The article's graph and what went into it. */
    public record Result(Article article, Document document, Facts facts, Graph graph) {
        public int factCount() { return facts.size(); }
    }

    public Result run(Article article) {
        Document doc = text.process(article.text());
        Annotated annotated = mentions.annotate(article, doc);
        Facts facts = extractor.extract(annotated);
        Graph g = TextLayer.build(article, doc);
        new FactWriter(g, article.id(), extractor.proposals()).write(facts, annotated);
        return new Result(article, doc, facts, g);
    }

    /** The proposal kinds as a SKOS concept scheme, for the lexicon graph. */
    public Graph lexiconGraph() {
        return LexiconGraph.build(extractor.proposals());
    }
}
