package org.parley.extract;

import java.util.List;
import org.parley.mention.Entity;

/** Everything extracted from one article, as immutable records; {@code sentences} are sentence indices (from 1). */
public record Facts(List<Leadership> leaders, List<Meeting> meetings, List<Guarantee> guarantees, List<Claim> claims,
                    List<Quote> quotes, List<Stance> stances, List<Proposal> proposals, List<NewPerson> people) {
    public Facts {
        leaders = List.copyOf(leaders);
        meetings = List.copyOf(meetings);
        guarantees = List.copyOf(guarantees);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        stances = List.copyOf(stances);
        proposals = List.copyOf(proposals);
        people = List.copyOf(people);
    }

    public int size() {
        return leaders.size() + meetings.size() + guarantees.size() + claims.size() + quotes.size() + stances.size();
    }

    /** Someone (or a venue) the reference data does not know, as the text introduces them ("Andriy Yermak, the head of ...", "Diriyah Palace"). */
    public record NewPerson(Entity person, String title, Entity affiliation, int sentence) {}

    /** A person leads a state or organisation, as the text states ("German Chancellor Friedrich Merz"). */
    public record Leadership(Entity person, Entity entity, String title, int sentence) {}

    /** @param date YYYY-MM-DD, YYYY-MM, YYYY or null; @param status Held, Planned or Proposed */
    public record Meeting(List<Entity> participants, Entity host, Entity location, String date, String status, String type, List<Integer> sentences) {
        public Meeting {
            participants = List.copyOf(participants);
            sentences = List.copyOf(sentences);
        }
    }

    /** @param status Pledged, Requested, Proposed or Rejected */
    public record Guarantee(List<Entity> guarantors, Entity beneficiary, String status, Entity statedBy, List<Integer> sentences) {
        public Guarantee {
            guarantors = List.copyOf(guarantors);
            sentences = List.copyOf(sentences);
        }
    }

    /** @param claimant null when the text names none; @param type Annexation, Control, CessionDemand, SovereigntyClaim */
    public record Claim(Entity claimant, Entity territory, String type, String since, List<Entity> rejectedBy, List<Integer> sentences) {
        public Claim {
            rejectedBy = List.copyOf(rejectedBy);
            sentences = List.copyOf(sentences);
        }
    }

    /** @param text the exact quoted words; @param cue the attribution verb, or null */
    public record Quote(Entity speaker, String text, String cue, List<Integer> sentences) {
        public Quote {
            sentences = List.copyOf(sentences);
        }
    }

    /** A proposal named in the article (outside quotes); {@code proposer} null when the text names none. */
    public record Proposal(String kind, Entity proposer, List<Integer> sentences) {
        public Proposal {
            sentences = List.copyOf(sentences);
        }
    }

    /** @param supersedes index in the stance list of the earlier stance this one replaces, or -1 */
    public record Stance(Entity holder, String proposalKind, String polarity, int supersedes, List<Integer> sentences) {
        public Stance {
            sentences = List.copyOf(sentences);
        }
    }
}
