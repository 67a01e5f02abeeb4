package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.extract.Facts.Leadership;
import org.parley.mention.Annotated;
import org.parley.mention.Entity;
import org.parley.mention.Mention;
import org.parley.mention.Tenure;

/**
 * Leaders as the text states them: a person named with a leading title and the state or
 * organisation it belongs to ("German Chancellor Friedrich Merz", "the Ukrainian leader").
 * Deputies, ministers and advisers are not leaders.
 */
final class LeaderExtractor {
    private static final Set<String> LEADING = Set.of("HeadOfState", "HeadOfGovernment", "OrganizationHead");

    List<Leadership> extract(Annotated a, org.parley.mention.Gazetteer gaz, Map<String, String> roleOfTitle) {
        Map<String, Leadership> out = new LinkedHashMap<>();
        for (List<Mention> ms : a.mentions()) {
            for (Mention m : ms) {
                if (m.inQuote() || m.title() == null || m.affiliation() == null || m.entities().size() != 1) continue;
                if (m.type() != Mention.Type.TITLED && m.type() != Mention.Type.ROLE) continue;
                Entity p = m.entities().get(0);
                String role = roleOfTitle.get(m.title().toLowerCase(java.util.Locale.ROOT));
                boolean leading = role != null && (LEADING.contains(role) || role.equals("Leader"));
                if (!leading) {
                    Tenure t = gaz.leadingTenure(p, a.article().published());
                    leading = t != null && t.office().equals(m.affiliation()) && t.hasTitle(m.title());
                }
                if (!leading) continue;
                out.putIfAbsent(p.iri() + " " + m.affiliation().iri(), new Leadership(p, m.affiliation(), cleanTitle(m.title()), m.sentence()));
            }
        }
        return new ArrayList<>(out.values());
    }

    static String cleanTitle(String t) {
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
