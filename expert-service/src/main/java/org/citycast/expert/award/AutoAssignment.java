package org.citycast.expert.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.pool.Category;

/**
 * Automatic reviewer assignment. Every nomination gets up to {@code needed} more reviewers among
 * those it has no conflict with; reviewers of the nomination's category come first, then those
 * carrying the fewest assignments in the programme (so the load stays even), then by id so the
 * result is repeatable. Nominations with the fewest eligible reviewers are served first, so a
 * scarce reviewer goes where no one else could. A nomination short of reviewers is reported.
 */
final class AutoAssignment {

    record Slot(UUID nomination, Category category, int needed, Set<UUID> eligible) {
    }

    record Reviewer(UUID id, Category category, int load) {
    }

    record Result(Map<UUID, List<UUID>> assigned, Map<UUID, Integer> shortOf) {
    }

    private AutoAssignment() {
    }

    static Result assign(List<Slot> slots, List<Reviewer> reviewers) {
        Map<UUID, Integer> load = new HashMap<>();
        Map<UUID, Category> categories = new HashMap<>();
        reviewers.forEach(r -> {
            load.put(r.id(), r.load());
            categories.put(r.id(), r.category());
        });
        Map<UUID, List<UUID>> assigned = new LinkedHashMap<>();
        Map<UUID, Integer> shortOf = new LinkedHashMap<>();
        List<Slot> ordered = new ArrayList<>(slots);
        ordered.sort(Comparator.comparingInt((Slot s) -> s.eligible().size()).thenComparing(Slot::nomination));
        for (Slot slot : ordered) {
            if (slot.needed() <= 0) {
                continue;
            }
            List<UUID> picked = slot.eligible().stream()
                    .filter(load::containsKey)
                    .sorted(Comparator.comparingInt((UUID r) -> categories.get(r) == slot.category() ? 0 : 1)
                            .thenComparingInt(load::get)
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(slot.needed())
                    .toList();
            picked.forEach(r -> load.merge(r, 1, Integer::sum));
            if (!picked.isEmpty()) {
                assigned.put(slot.nomination(), picked);
            }
            if (picked.size() < slot.needed()) {
                shortOf.put(slot.nomination(), slot.needed() - picked.size());
            }
        }
        return new Result(assigned, shortOf);
    }
}
