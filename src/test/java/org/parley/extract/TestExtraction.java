package org.parley.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.rdf.Pipeline;
import org.parley.text.Article;

/** Behaviour of the extractors on short texts of our own, one rule at a time. */
class TestExtraction {
    static Facts facts(String text, String published) {
        Pipeline p = Fixtures.pipeline();
        return p.run(new Article("t", text, LocalDate.parse(published), null)).facts();
    }

    static List<String> keys(List<org.parley.mention.Entity> es) {
        return es.stream().map(org.parley.mention.Entity::key).toList();
    }

    @Test
    void quoteContinuingInTheNextParagraphKeepsItsSpeaker() {
        Facts f = facts("\"We are ready to talk,\" Polish Prime Minister Donald Tusk said.\n\"But not at any price.\"\n", "2025-03-04");
        assertEquals(2, f.quotes().size());
        assertTrue(f.quotes().stream().allMatch(q -> q.speaker().key().equals("person/donald-tusk")), f.quotes().toString());
    }

    @Test
    void quoteAttributedByPronounAfterIt() {
        Facts f = facts("Finnish President Alexander Stubb spoke after the talks. \"This is a good day,\" he told reporters.\n", "2025-03-04");
        assertEquals("person/alexander-stubb", f.quotes().get(0).speaker().key());
    }

    @Test
    void personNotInTheGazetteerIsIntroducedByTitle() {
        Facts f = facts("Estonian Prime Minister Kaja Example met Latvian Prime Minister Evika Silina in Riga on Friday.\n", "2025-03-04");
        assertTrue(f.people().stream().anyMatch(p -> p.person().key().equals("person/kaja-example")), f.people().toString());
        assertTrue(f.leaders().stream().anyMatch(l -> l.person().key().equals("person/kaja-example") && l.entity().key().equals("state/estonia")));
    }

    @Test
    void meetingWithHostPlaceAndWeekdayDate() {
        Facts f = facts("German Chancellor Friedrich Merz hosted Polish Prime Minister Donald Tusk in Berlin on Friday.\n", "2025-07-07");
        Facts.Meeting m = f.meetings().get(0);
        assertEquals("2025-07-04", m.date(), "the Friday before Monday 7 July 2025");
        assertEquals("person/friedrich-merz", m.host().key());
        assertEquals("place/berlin", m.location().key());
        assertEquals("Held", m.status());
        assertTrue(keys(m.participants()).containsAll(List.of("person/friedrich-merz", "person/donald-tusk")));
    }

    @Test
    void hopedForTalksAreProposed() {
        Facts f = facts("Both Merz and Tusk said they hoped for talks with Russian President Vladimir Putin.\n", "2025-07-07");
        assertTrue(f.meetings().stream().anyMatch(m -> m.status().equals("Proposed")), f.meetings().toString());
    }

    @Test
    void annexationWithYearAndItsRejection() {
        Facts f = facts("Georgia still claims Abkhazia, which is controlled by Russia. Georgian leaders reject the occupation.\n"
                + "Crimea, annexed by Russia in 2014, was not discussed.\n", "2025-03-04");
        assertTrue(f.claims().stream().anyMatch(c -> c.type().equals("Annexation") && c.territory().key().equals("territory/crimea")
                && "2014".equals(c.since()) && c.claimant().key().equals("state/russia")), f.claims().toString());
        assertTrue(f.claims().stream().anyMatch(c -> c.type().equals("Control") && c.territory().key().equals("territory/abkhazia")));
    }

    @Test
    void guaranteePledgedByAStateForAnother() {
        Facts f = facts("Britain would help guarantee Moldova's security, British Prime Minister Keir Starmer said.\n", "2025-03-04");
        Facts.Guarantee g = f.guarantees().get(0);
        assertEquals("state/moldova", g.beneficiary().key());
        assertEquals(List.of("state/united-kingdom"), keys(g.guarantors()));
        assertEquals("Pledged", g.status());
    }

    @Test
    void stanceAndItsReversalAreLinked() {
        Facts f = facts("Hungarian Prime Minister Viktor Orban backed a ceasefire in March. He later reversed course.\n", "2025-06-02");
        assertTrue(f.stances().stream().anyMatch(s -> s.proposalKind().equals("ceasefire") && s.polarity().equals("Supports")));
        assertTrue(f.stances().stream().anyMatch(s -> s.polarity().equals("Opposes") && s.supersedes() >= 0), f.stances().toString());
    }

    @Test
    void articleWithNoKnownEntityYieldsNoFacts() {
        Facts f = facts("The weather was mild and the harvest came in early this year.\n", "2025-03-04");
        assertEquals(0, f.size());
    }

    @Test
    void sameArticleYieldsTheSameGraph() {
        Article a = new Article("seed", "US President Donald Trump met Russian President Vladimir Putin in Alaska on Friday.\n", LocalDate.parse("2025-08-18"), null);
        var g1 = Fixtures.pipeline().run(a).graph();
        var g2 = Fixtures.pipeline().run(a).graph();
        assertTrue(g1.isIsomorphicWith(g2));
        assertTrue(g1.find().toList().stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()), "no blank nodes: IRIs are stable");
    }
}
