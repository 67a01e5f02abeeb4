package org.parley.mention;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.mention.Mention.Type;
import org.parley.text.Article;
import org.parley.text.Document;
import org.parley.text.Sentence;
import org.parley.text.Slugs;
import org.parley.text.Token;

/**
 * Finds who is meant where: names from the gazetteer, people introduced with a title
 * ("German Chancellor Friedrich Merz", also people the gazetteer does not know), later
 * surnames, role descriptions ("the Ukrainian leader", "the US president") resolved through
 * dated tenures, pronouns, "the country", and groups ("the leaders of Britain, Germany and
 * France", "European leaders"). Lexicons: {@code titles.tsv}, {@code groups.tsv}.
 */
public final class MentionFinder {
    private static final Set<String> HE = Set.of("he", "she", "his");
    private static final Set<String> HIM = Set.of("him", "her");
    private static final Set<String> THEY = Set.of("they", "them", "their");
    private static final java.util.regex.Pattern VENUE = java.util.regex.Pattern.compile(
            "Palace|House|Hotel|Castle|Centre|Center|Base|Hall|Villa|Lodge|Manor|Chateau|Château|Residence|Estate|Building|Mansion");

    private final Gazetteer gaz;
    private final List<Title> titles;
    private final List<GroupPhrase> groups;

    record Title(String[] words, String role) {}
    record GroupPhrase(Cue cue, String scope) {}

    public MentionFinder(Gazetteer gaz, Path lexiconDir) {
        this.gaz = gaz;
        List<Title> ts = new ArrayList<>();
        for (String[] row : LexiconFile.rows(lexiconDir.resolve("titles.tsv"))) {
            ts.add(new Title(row[0].toLowerCase(Locale.ROOT).split("\\s+"), row[1].strip()));
        }
        ts.sort((a, b) -> b.words().length - a.words().length);
        this.titles = List.copyOf(ts);
        List<GroupPhrase> gs = new ArrayList<>();
        for (String[] row : LexiconFile.rows(lexiconDir.resolve("groups.tsv"))) gs.add(new GroupPhrase(new Cue(row[0]), row[1].strip()));
        this.groups = List.copyOf(gs);
    }

    public Gazetteer gazetteer() { return gaz; }

    public Annotated annotate(Article article, Document doc) {
        return new Run(article, doc).run();
    }

    /** The state of one pass over one document: what was mentioned last, who is listed. */
    private final class Run {
        final Article article;
        final Document doc;
        final NameMatcher names = new NameMatcher(gaz, titles);
        final LocalDate date;
        final List<QuoteSpan> quotes;
        final Map<String, Entity> surnames = new HashMap<>();
        final Map<Entity, Set<String>> titlesOf = new HashMap<>();
        final Map<String, Entity> newPeople = new HashMap<>();
        final Map<String, Entity> newPlaces = new HashMap<>();
        final List<Entity[]> listed = new ArrayList<>();
        /** Who heads each state's delegation, as the article says ("Russia's chief negotiator, Vladimir Medinsky"). */
        final Map<Entity, Entity> heads = new java.util.LinkedHashMap<>();
        Entity lastPerson;
        Entity lastState;
        Entity lastBody;
        /** The mentions found so far in the sentence being read. */
        List<Mention> current = List.of();
        /** The first person named in the current and in the previous sentence: their likely subjects. */
        Entity sentenceSubject;
        Entity previousSubject;
        final List<Entity> recent = new ArrayList<>();
        List<Entity> lastPlural = List.of();
        Mention previous;

        Run(Article article, Document doc) {
            this.article = article;
            this.doc = doc;
            this.date = article.published();
            this.quotes = QuoteSpan.find(doc.text());
        }

        Annotated run() {
            List<List<Mention>> all = new ArrayList<>();
            List<List<DateMention>> dates = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                if (sentenceSubject != null) previousSubject = sentenceSubject;
                sentenceSubject = null;
                all.add(sentence(s));
                dates.add(DateFinder.find(s.tokens(), date));
            }
            return new Annotated(article, doc, resolveVagueGroups(all), dates, quotes);
        }

        List<Mention> sentence(Sentence s) {
            List<Token> toks = s.tokens();
            List<Mention> out = new ArrayList<>();
            current = out;
            Map<Integer, Integer> listedNames = names.nameList(s);
            int i = 0;
            while (i < toks.size()) {
                Mention m = null;
                if (listedNames.containsKey(i)) {
                    int e = listedNames.get(i);
                    Entity p = person(names.text(s, i, e), toks.subList(i, e), new Title(new String[] {""}, "Advisor"), null);
                    if (p != null) m = mention(s, i, e, List.of(p), null, Type.NAME, null, null);
                }
                if (m == null) m = venue(s, i);
                if (m == null) m = group(s, i);
                if (m == null) m = delegation(s, i);
                if (m == null) m = apposition(s, i);
                if (m == null) m = titled(s, i);
                if (m == null) m = role(s, i);
                if (m == null) m = named(s, i);
                if (m == null) m = surname(s, i);
                if (m == null) m = pronoun(s, i);
                if (m != null) {
                    out.add(m);
                    track(m, toks);
                    i = Math.max(m.end(), i + 1);
                } else {
                    i++;
                }
            }
            return out;
        }

        boolean inQuote(Token t) {
            for (QuoteSpan q : quotes) if (q.contains(t.begin())) return true;
            return false;
        }

        Mention mention(Sentence s, int start, int end, List<Entity> es, Entity place, Type type, String title, Entity aff) {
            return new Mention(s.index(), start, end, es, place, type, title, aff, inQuote(s.tokens().get(start)));
        }

        /** Updates what pronouns and "the country" refer to; quoted words do not count. */
        void track(Mention m, List<Token> toks) {
            if (m.inQuote()) return;
            if (m.type() == Type.GROUP && !m.entities().isEmpty()) lastPlural = m.entities();
            if (m.isPerson() && m.entities().size() == 1) {
                Entity p = m.entities().get(0);
                if (previous != null && previous.isPerson() && previous.sentence() == m.sentence() && onlyConjunctions(toks, previous.end(), m.start())) {
                    List<Entity> plural = new ArrayList<>(previous.entities());
                    plural.add(p);
                    lastPlural = plural;
                }
                if (m.type() != Type.PRONOUN) lastPerson = p;
                if (sentenceSubject == null) sentenceSubject = p;
                recent.remove(p);
                recent.add(p);
                String[] words = p.label().split("\\s+");
                surnames.put(words[words.length - 1], p);
                surnames.put(toks.get(m.end() - 1).text(), p);
                if (m.title() != null) titlesOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(m.title().toLowerCase(Locale.ROOT));
            }
            for (Entity e : m.entities()) if (e.kind().equals("state") && m.type() != Type.ROLE) lastState = e;
            for (Entity e : m.entities()) if (e.kind().equals("state") || e.kind().equals("organization")) lastBody = e;
            previous = m;
        }

        boolean onlyConjunctions(List<Token> toks, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = toks.get(k).text().toLowerCase(Locale.ROOT);
                if (!w.equals("and") && !w.equals(",") && !w.equals("both")) return false;
            }
            return true;
        }

        /** "the leaders of A, B and C" and the vague groups of groups.tsv. */
        Mention group(Sentence s, int i) {
            List<Token> toks = s.tokens();
            Token t = toks.get(i);
            if (t.lemma().equals("leader") && t.text().toLowerCase(Locale.ROOT).endsWith("s") && i + 1 < toks.size() && toks.get(i + 1).lemma().equals("of")) {
                List<Entity> offices = new ArrayList<>();
                int k = i + 2;
                int end = i + 1;
                while (k < toks.size()) {
                    String w = toks.get(k).text().toLowerCase(Locale.ROOT);
                    if (w.equals(",") || w.equals("and") || w.equals("the")) { k++; continue; }
                    Gazetteer.Name n = names.longestName(s, k);
                    if (n == null || n.entity() == null || !(n.entity().kind().equals("state") || n.entity().kind().equals("organization"))) break;
                    offices.add(n.entity());
                    k = names.nameEnd(s, k, n);
                    end = k;
                }
                if (offices.size() >= 2) {
                    List<Entity> leaders = new ArrayList<>();
                    for (Entity o : offices) {
                        Entity l = gaz.leaderOn(o, date);
                        if (l != null) {
                            leaders.add(l);
                            if (!inQuote(t)) listed.add(new Entity[] {l, o});
                        }
                    }
                    Mention g = mention(s, i, end, leaders, null, Type.GROUP, null, null);
                    return new Mention(g.sentence(), g.start(), g.end(), leaders, null, Type.GROUP, null, null, g.inQuote(), offices);
                }
            }
            for (GroupPhrase g : groups) {
                Cue.Match m = g.cue().matchAt(toks, i);
                if (m != null) return mention(s, i, m.end(), List.of(), null, Type.GROUP, g.scope(), null);
            }
            return null;
        }

        /**
         * A person the text introduces by apposition: "Russia's chief negotiator, Vladimir Medinsky,",
         * "Ukraine's negotiators, led by David Arakhamia", "David Arakhamia, the parliamentary leader of ...".
         */
        Mention apposition(Sentence s, int i) {
            List<Token> toks = s.tokens();
            // [State 's | Demonym] role-noun , Name ,   /   ..., led by Name
            Entity aff = null;
            int k = i;
            Gazetteer.Name n = names.longestName(s, k);
            if (n != null && n.entity() != null && !n.entity().isPerson() && n.entity().isActor()) {
                aff = n.entity();
                k = names.nameEnd(s, k, n);
                if (k < toks.size() && toks.get(k).text().matches("'s|\u2019s")) k++;
            }
            int roleStart = k;
            while (k < toks.size() && k - roleStart < 3 && toks.get(k).text().matches("[a-z-]+") && !toks.get(k).lemma().equals("by")) k++;
            boolean roleNoun = k > roleStart && names.isRoleNoun(toks.get(k - 1));
            if (roleNoun && k + 1 < toks.size() && toks.get(k).text().equals(",")) {
                int nameStart = k + 1;
                if (toks.get(nameStart).lemma().equals("lead") && nameStart + 1 < toks.size() && toks.get(nameStart + 1).lemma().equals("by")) nameStart += 2;
                int nameEnd = names.nameTokens(toks, nameStart);
                if (nameEnd - nameStart >= 2 && (nameEnd == toks.size() || toks.get(nameEnd).text().matches("[,.;]"))) {
                    String written = names.text(s, nameStart, nameEnd);
                    Title title = new Title(new String[] {toks.get(k - 1).lemma()}, "Advisor");
                    Entity person = person(written, toks.subList(nameStart, nameEnd), title, aff);
                    if (person != null) {
                        if (aff != null && names.isDelegationNoun(toks.get(k - 1))) heads.putIfAbsent(aff, person);
                        String titleText = names.text(s, roleStart, k);
                        return mention(s, i, nameEnd, List.of(person), null, Type.TITLED, titleText, aff);
                    }
                }
            }
            // Name , (the|a|an) ... role-noun
            if (i > 0 && !toks.get(i - 1).text().equals(",") && i != 0) {
                int nameEnd = names.nameTokens(toks, i);
                if (nameEnd - i >= 2 && nameEnd + 2 < toks.size() && toks.get(nameEnd).text().equals(",")
                        && toks.get(nameEnd + 1).lemma().matches("the|a|an") && gaz.namesStartingWith(toks.get(i).text()).stream().noneMatch(x -> x.entity() != null && !x.entity().isPerson())) {
                    for (int j = nameEnd + 2; j < Math.min(toks.size(), nameEnd + 7); j++) {
                        if (toks.get(j).text().equals(",")) break;
                        if (names.isRoleNoun(toks.get(j))) {
                            String written = names.text(s, i, nameEnd);
                            Entity person = person(written, toks.subList(i, nameEnd), new Title(new String[] {toks.get(j).lemma()}, "Advisor"), null);
                            if (person != null) return mention(s, i, nameEnd, List.of(person), null, Type.TITLED, names.text(s, nameEnd + 2, j + 1), null);
                        }
                    }
                }
            }
            return null;
        }



        /**
         * A venue the gazetteer does not know, named after "at" or "in": capitalised words ending
         * (or starting) with a building word, "Diriyah Palace", "Villa La Grange".
         */
        Mention venue(Sentence s, int i) {
            List<Token> toks = s.tokens();
            if (i == 0 || !toks.get(i - 1).lemma().matches("at|in")) return null;
            int e = i;
            while (e < toks.size() && e - i < 4 && toks.get(e).text().matches("\\p{Lu}[\\p{L}'-]*")) e++;
            if (e - i < 2) return null;
            String first = toks.get(i).text();
            String last = toks.get(e - 1).text();
            if (!VENUE.matcher(first).matches() && !VENUE.matcher(last).matches()) return null;
            for (int k = i; k < e; k++) if (names.longestName(s, k) != null && k == i) return null;
            String name = names.text(s, i, e);
            Entity place = newPlaces.computeIfAbsent(name, n -> new Entity(Entity.ID + "place/" + Slugs.slug(n), "place", n));
            return mention(s, i, e, List.of(), place, Type.NAME, null, null);
        }

        /** "Russian and Ukrainian negotiators", "the two delegations": resolved at the end to the named heads. */
        Mention delegation(Sentence s, int i) {
            List<Token> toks = s.tokens();
            List<Entity> states = new ArrayList<>();
            int k = i;
            while (k < toks.size()) {
                Gazetteer.Name n = names.longestName(s, k);
                if (n != null && n.type() == Gazetteer.NameType.DEMONYM && n.entity() != null) {
                    states.add(n.entity());
                    k = names.nameEnd(s, k, n);
                } else if (!states.isEmpty() && (toks.get(k).lemma().equals("and") || toks.get(k).text().equals(","))) {
                    k++;
                } else {
                    break;
                }
            }
            boolean two = states.isEmpty() && toks.get(k).lemma().equals("the") && k + 2 < toks.size() && toks.get(k + 1).lemma().matches("two|both");
            if (two) k += 2;
            if (k >= toks.size() || !names.isDelegationNoun(toks.get(k))) return null;
            if (states.isEmpty() && !two) return null;
            // "a Ukrainian delegation led by Andriy Yermak": the head is named on the spot.
            if (states.size() == 1 && k + 3 < toks.size() && toks.get(k + 1).lemma().equals("lead") && toks.get(k + 2).lemma().equals("by")) {
                int nameEnd = names.nameTokens(toks, k + 3);
                if (nameEnd - (k + 3) >= 2) {
                    Entity head = person(names.text(s, k + 3, nameEnd), toks.subList(k + 3, nameEnd), new Title(new String[] {"head"}, "Advisor"), states.get(0));
                    if (head != null) {
                        heads.putIfAbsent(states.get(0), head);
                        return mention(s, i, nameEnd, List.of(head), null, Type.TITLED, "delegation head", states.get(0));
                    }
                }
            }
            String scope = "delegation:" + String.join(" ", states.stream().map(Entity::iri).toList());
            return mention(s, i, k + 1, states, null, Type.GROUP, scope, null);
        }




        /** [affiliation] TITLE Name: "German Chancellor Friedrich Merz", "President Volodymyr Zelenskiy". */
        Mention titled(Sentence s, int i) {
            Entity aff = null;
            int titleAt = i;
            Gazetteer.Name n = names.longestName(s, i);
            if (n != null && n.entity() != null && !n.entity().isPerson() && n.entity().isActor()) {
                aff = n.entity();
                titleAt = names.nameEnd(s, i, n);
            }
            Title title = names.titleAt(s.tokens(), titleAt);
            // "Kremlin foreign policy aide Yuri Ushakov": a few lower-case words between the body and the title.
            if (title == null && aff != null) {
                for (int k = titleAt; k < Math.min(titleAt + 3, s.tokens().size()) && title == null; k++) {
                    if (!s.tokens().get(k).text().matches("[a-z-]+")) break;
                    Title t = names.titleAt(s.tokens(), k + 1);
                    if (t != null) { title = t; titleAt = k + 1; }
                }
            }
            if (title == null) return null;
            int nameStart = titleAt + title.words().length;
            int nameEnd = names.nameTokens(s.tokens(), nameStart);
            if (nameEnd == nameStart) return null;
            if (aff == null) aff = possessiveBefore(s, i);
            // "led by its Director General Rafael Grossi": the organisation or state just named.
            if (aff == null && i > 0 && s.tokens().get(i - 1).text().equalsIgnoreCase("its")) aff = lastBody;
            String written = s.text().substring(s.tokens().get(nameStart).begin() - s.begin(), s.tokens().get(nameEnd - 1).end() - s.begin());
            Entity person = person(written, s.tokens().subList(nameStart, nameEnd), title, aff);
            if (person == null) return null;
            String titleText = s.text().substring(s.tokens().get(titleAt).begin() - s.begin(), s.tokens().get(nameStart - 1).end() - s.begin());
            if (aff == null) aff = affiliationFromTenure(person, title, titleText);
            return mention(s, i, nameEnd, List.of(person), null, Type.TITLED, titleText, aff);
        }

        /** "the Ukrainian leader", "the US president", "Ukraine's president", "the president", "the country". */
        Mention role(Sentence s, int i) {
            List<Token> toks = s.tokens();
            int k = i;
            boolean the = toks.get(k).lemma().equals("the");
            if (the) k++;
            if (k >= toks.size()) return null;
            if (the && k + 1 < toks.size() && toks.get(k + 1).lemma().equals("capital")) {
                // "the Lithuanian capital": the capital city of that state.
                Gazetteer.Name dn = names.longestName(s, k);
                if (dn != null && dn.entity() != null && dn.entity().kind().equals("state") && names.nameEnd(s, k, dn) == k + 1) {
                    Entity city = gaz.capitalOf(dn.entity());
                    if (city != null) return mention(s, i, k + 2, List.of(dn.entity()), city, Type.CAPITAL, null, null);
                }
            }
            if (the && toks.get(k).lemma().equals("country") && lastState != null) {
                return mention(s, i, k + 1, List.of(lastState), null, Type.ROLE, null, null);
            }
            Entity aff = null;
            Gazetteer.Name n = names.longestName(s, k);
            if (n != null && n.entity() != null && (n.entity().kind().equals("state") || n.entity().kind().equals("organization"))) {
                aff = n.entity();
                k = names.nameEnd(s, k, n);
                if (k < toks.size() && toks.get(k).text().matches("'s|\u2019s")) k++;
            }
            if (aff == null && !the) return null;
            Title title = names.titleAt(toks, k);
            if (title == null) return null;
            int end = k + title.words().length;
            if (toks.get(end - 1).text().toLowerCase(Locale.ROOT).endsWith("s") && !title.words()[title.words().length - 1].endsWith("s")) return null;
            if (names.nameTokens(toks, end) > end) return null;
            String titleText = String.join(" ", title.words());
            if (aff == null && end < toks.size() && toks.get(end).lemma().equals("of")) {
                Gazetteer.Name of = names.longestName(s, end + 1);
                if (of != null && of.entity() != null && !of.entity().isPerson() && of.entity().isActor()) {
                    aff = of.entity();
                    end = names.nameEnd(s, end + 1, of);
                }
            }
            Entity person = aff != null ? gaz.holderOn(aff, title.role(), titleText, date) : recentWithTitle(titleText);
            if (person == null) return null;
            return mention(s, i, end, List.of(person), null, Type.ROLE, titleText, aff);
        }

        Entity recentWithTitle(String title) {
            if (lastPerson != null && hasTitle(lastPerson, title)) return lastPerson;
            for (Entity p : surnames.values()) if (hasTitle(p, title)) return p;
            return null;
        }

        boolean hasTitle(Entity p, String title) {
            if (titlesOf.getOrDefault(p, Set.of()).stream().anyMatch(t -> t.endsWith(title))) return true;
            return gaz.tenuresOf(p).stream().anyMatch(t -> t.activeOn(date) && t.hasTitle(title));
        }

        Mention named(Sentence s, int i) {
            Gazetteer.Name n = names.longestName(s, i);
            if (n == null) return null;
            int end = names.nameEnd(s, i, n);
            List<Gazetteer.Name> same = gaz.namesStartingWith(n.text().split(" ")[0]).stream().filter(x -> x.text().equals(n.text())).toList();
            Set<Entity> es = new LinkedHashSet<>();
            Entity place = null;
            Type type = Type.NAME;
            for (Gazetteer.Name x : same) {
                if (x.entity() != null) es.add(x.entity());
                if (x.place() != null) place = x.place();
                if (x.type() == Gazetteer.NameType.DEMONYM) type = Type.DEMONYM;
                if (x.type() == Gazetteer.NameType.CAPITAL) type = Type.CAPITAL;
            }
            if (es.size() > 1 && type == Type.DEMONYM) return null;
            // "Warsaw Pact", "Moscow Times": a capital inside a longer name is not the city.
            if (type == Type.CAPITAL && end < s.tokens().size() && s.tokens().get(end).isCapitalised() && s.tokens().get(end).isProperNoun()) return null;
            return mention(s, i, end, new ArrayList<>(es), place, type, null, null);
        }

        Mention surname(Sentence s, int i) {
            Token t = s.tokens().get(i);
            if (!t.isCapitalised() || t.text().length() < 3) return null;
            Entity p = surnames.get(t.text());
            if (p == null) {
                List<Entity> cands = gaz.bySurname(t.text()).stream().filter(e -> gaz.leadingTenure(e, date) != null
                        || gaz.tenuresOf(e).stream().anyMatch(x -> x.activeOn(date))).toList();
                if (cands.size() == 1) p = cands.get(0);
            }
            return p == null ? null : mention(s, i, i + 1, List.of(p), null, Type.NAME, null, null);
        }

        Mention pronoun(Sentence s, int i) {
            String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if ((w.equals("whom") || w.equals("who")) && i > 1 && s.tokens().get(i - 1).text().equals(",") && previous != null
                    && previous.sentence() == s.index() && previous.end() == i - 1 && previous.isPerson()) {
                // "Zelensky, whom Starmer had hosted ...": the person just named.
                return mention(s, i, i + 1, previous.entities(), null, Type.PRONOUN, null, null);
            }
            if (HE.contains(w)) {
                // A subject pronoun refers to the subject: of this sentence if one is named before it, else of the last.
                Entity p = sentenceSubject != null ? sentenceSubject : previousSubject != null ? previousSubject : lastPerson;
                if (p != null) return mention(s, i, i + 1, List.of(p), null, Type.PRONOUN, null, null);
            }
            if (HIM.contains(w) && sentenceSubject != null && reportedWithOtherSubject(s, i)) {
                // "Zelensky said Trump would host him": him is the one who said it.
                return mention(s, i, i + 1, List.of(sentenceSubject), null, Type.PRONOUN, null, null);
            }
            if (HIM.contains(w)) {
                // An object pronoun refers to someone other than the subject: the most recent other person.
                for (int k = recent.size() - 1; k >= 0; k--) {
                    if (!recent.get(k).equals(sentenceSubject)) return mention(s, i, i + 1, List.of(recent.get(k)), null, Type.PRONOUN, null, null);
                }
            }
            if (w.equals("it") && lastState != null && i > 0 && (s.tokens().get(i - 1).lemma().matches("say|that|announce|add"))) {
                // "the United States said it would resume ...": the state just named.
                return mention(s, i, i + 1, List.of(lastState), null, Type.PRONOUN, null, null);
            }
            if (THEY.contains(w) && !lastPlural.isEmpty()) return mention(s, i, i + 1, lastPlural, null, Type.PRONOUN, null, null);
            // "the two presidents", "both leaders": the pair last named together.
            List<Token> toks = s.tokens();
            if (w.matches("the|both") && !lastPlural.isEmpty() && i + 2 < toks.size()) {
                int k = w.equals("the") && toks.get(i + 1).lemma().matches("two|both") ? i + 2 : w.equals("both") ? i + 1 : -1;
                if (k > 0 && toks.get(k).lemma().matches("president|leader|side|minister|man")
                        && toks.get(k).text().endsWith("s")) return mention(s, i, k + 1, lastPlural, null, Type.PRONOUN, null, null);
            }
            return null;
        }

        /** A speech verb before token i, and after it a person other than the sentence's subject. */
        boolean reportedWithOtherSubject(Sentence s, int i) {
            List<Token> toks = s.tokens();
            int verb = -1;
            for (int k = i - 1; k >= 0; k--) if (toks.get(k).lemma().matches("say|tell|announce|add") && toks.get(k).isVerb()) { verb = k; break; }
            if (verb < 0) return false;
            // The reported clause's own subject must stand right after the verb ("said Trump would ...").
            int k = verb + 1;
            if (k < i && toks.get(k).lemma().equals("that")) k++;
            Mention subject = null;
            for (Mention m : current) if (m.start() == k) subject = m;
            return subject != null && subject.isPerson() && subject.type() != Type.PRONOUN && !subject.entities().contains(sentenceSubject);
        }

        /** The person behind a written name: known full name, known surname, or someone new. */
        Entity person(String written, List<Token> nameToks, Title title, Entity aff) {
            for (Gazetteer.Name n : gaz.namesStartingWith(nameToks.get(0).text())) {
                if (n.text().equals(written) && n.entity() != null && n.entity().isPerson()) return n.entity();
            }
            String last = nameToks.get(nameToks.size() - 1).text();
            if (surnames.containsKey(last) && nameToks.size() == 1) return surnames.get(last);
            List<Entity> cands = gaz.bySurname(last);
            if (aff != null) {
                Entity holder = gaz.holderOn(aff, title.role(), null, date);
                if (holder != null && cands.contains(holder)) return holder;
            }
            List<Entity> active = cands.stream().filter(c -> gaz.tenuresOf(c).stream().anyMatch(t -> t.activeOn(date))).toList();
            if (active.size() == 1 && (nameToks.size() == 1 || sameFirstName(active.get(0), nameToks.get(0).text()))) return active.get(0);
            if (nameToks.size() < 2) return null;
            return newPeople.computeIfAbsent(written, w -> new Entity(Entity.ID + "person/" + Slugs.slug(w), "person", w));
        }

        boolean sameFirstName(Entity p, String first) {
            return p.label().startsWith(first.substring(0, 1));
        }

        Entity affiliationFromTenure(Entity person, Title title, String titleText) {
            for (Tenure t : gaz.tenuresOf(person)) {
                if (t.activeOn(date) && (t.hasTitle(titleText) || t.hasRole(title.role()))) return t.office();
            }
            return null;
        }

        Entity possessiveBefore(Sentence s, int i) {
            if (i < 2 || !s.tokens().get(i - 1).text().matches("'s|\u2019s")) return null;
            for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
                Gazetteer.Name n = names.longestName(s, k);
                if (n != null && names.nameEnd(s, k, n) == i - 1 && n.entity() != null && !n.entity().isPerson()) return n.entity();
            }
            return null;
        }







        /** Vague groups ("European leaders") become the article's listed leaders, filtered by scope. */
        List<List<Mention>> resolveVagueGroups(List<List<Mention>> all) {
            List<List<Mention>> out = new ArrayList<>();
            for (List<Mention> ms : all) {
                List<Mention> fixed = new ArrayList<>();
                for (Mention m : ms) {
                    if (m.type() == Type.GROUP && m.title() != null && m.title().startsWith("delegation:")) {
                        List<Entity> members = new ArrayList<>();
                        if (m.entities().isEmpty()) members.addAll(heads.values());
                        for (Entity st : m.entities()) members.add(heads.getOrDefault(st, st));
                        m = new Mention(m.sentence(), m.start(), m.end(), members, null, Type.GROUP, null, null, m.inQuote());
                    } else if (m.type() == Type.GROUP && m.title() != null) {
                        boolean european = m.title().equals("listed-european");
                        Set<Entity> members = new LinkedHashSet<>();
                        for (Entity[] l : listed) if (!european || gaz.isEuropean(l[1])) members.add(l[0]);
                        m = new Mention(m.sentence(), m.start(), m.end(), new ArrayList<>(members), null, Type.GROUP, null, null, m.inQuote());
                    }
                    fixed.add(m);
                }
                out.add(fixed);
            }
            return out;
        }
    }
}
