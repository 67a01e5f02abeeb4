package org.parley.mention;

import java.time.LocalDate;
import java.util.List;

/** One person in one office for a time, from the reference data. {@code end} null means still in office. */
public record Tenure(Entity person, Entity office, List<String> titles, List<String> roles, LocalDate start, LocalDate end) {
    public Tenure {
        titles = List.copyOf(titles);
        roles = List.copyOf(roles);
    }

    public boolean activeOn(LocalDate d) {
        return (start == null || !d.isBefore(start)) && (end == null || d.isBefore(end));
    }

    public boolean hasRole(String role) { return roles.contains(role); }

    public boolean hasTitle(String title) {
        return titles.stream().anyMatch(t -> t.equalsIgnoreCase(title));
    }
}
