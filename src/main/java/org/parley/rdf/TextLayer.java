package org.parley.rdf;

import static org.parley.rdf.Vocab.nif;
import static org.parley.rdf.Vocab.schema;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.parley.text.Article;
import org.parley.text.Document;
import org.parley.text.Sentence;

/**
 * The article's text layer: a {@code schema:NewsArticle}, its {@code nif:Context} holding the
 * exact text, and one {@code nif:Sentence} per sentence with character offsets into it.
 */
public final class TextLayer {
    private TextLayer() {}

    public static Graph build(Article article, Document doc) {
        Graph g = GraphFactory.createDefaultGraph();
        String aid = article.id();
        Node art = Iris.article(aid);
        Node ctx = Iris.context(aid);
        g.add(art, RDF.type.asNode(), schema("NewsArticle"));
        g.add(art, schema("datePublished"), NodeFactory.createLiteralDT(article.published().toString(), XSDDatatype.XSDdate));
        if (article.title() != null && !article.title().isBlank()) {
            g.add(art, schema("headline"), NodeFactory.createLiteralString(article.title()));
        }
        g.add(art, schema("inLanguage"), NodeFactory.createLiteralString("en"));
        g.add(ctx, RDF.type.asNode(), nif("Context"));
        g.add(ctx, nif("isString"), NodeFactory.createLiteralString(doc.text()));
        g.add(ctx, nif("beginIndex"), index(0));
        g.add(ctx, nif("endIndex"), index(doc.text().length()));
        g.add(ctx, nif("sourceUrl"), art);
        Node previous = null;
        for (Sentence s : doc.sentences()) {
            Node sn = Iris.sentence(aid, s.index());
            g.add(sn, RDF.type.asNode(), nif("Sentence"));
            g.add(sn, nif("anchorOf"), NodeFactory.createLiteralString(s.text()));
            g.add(sn, nif("beginIndex"), index(s.begin()));
            g.add(sn, nif("endIndex"), index(s.end()));
            g.add(sn, nif("referenceContext"), ctx);
            g.add(sn, schema("isPartOf"), art);
            if (previous != null) {
                g.add(previous, nif("nextSentence"), sn);
                g.add(sn, nif("previousSentence"), previous);
            }
            previous = sn;
        }
        return g;
    }

    static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
}
