package org.parley.mention;

import java.util.List;

/**
 * A span of a sentence that refers to entities.
 *
 * @param sentence    the sentence index (from 1)
 * @param start       first token (inclusive)
 * @param end         last token (exclusive)
 * @param entities    what it refers to: one entity, several for a group, none when unresolved
 * @param place       the place it also names ("Washington", "the White House"), or null
 * @param type        how it refers
 * @param title       an office title stated with it ("Chancellor"), or null
 * @param affiliation the state or organisation stated with the title ("German"), or null
 * @param inQuote     inside quotation marks: words of a speaker, not the reporter's
 * @param named       entities named inside the span without being what it refers to (the states
 *                    of "the leaders of Britain and France")
 */
public record Mention(int sentence, int start, int end, List<Entity> entities, Entity place, Type type,
                      String title, Entity affiliation, boolean inQuote, List<Entity> named) {
    public enum Type { NAME, DEMONYM, CAPITAL, TITLED, ROLE, PRONOUN, GROUP }

    public Mention {
        entities = List.copyOf(entities);
        named = List.copyOf(named);
    }

    public Mention(int sentence, int start, int end, List<Entity> entities, Entity place, Type type,
                   String title, Entity affiliation, boolean inQuote) {
        this(sentence, start, end, entities, place, type, title, affiliation, inQuote, List.of());
    }

    public boolean isActor() { return entities.stream().anyMatch(Entity::isActor); }
    public boolean isPerson() { return !entities.isEmpty() && entities.stream().allMatch(Entity::isPerson); }
    public List<Entity> actors() { return entities.stream().filter(Entity::isActor).toList(); }
    public List<Entity> territories() { return entities.stream().filter(e -> e.kind().equals("territory")).toList(); }
}
