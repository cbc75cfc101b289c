package org.citycast.expert.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.pool.Category;
import org.junit.jupiter.api.Test;

class AutoAssignmentTest {

    final UUID medicalA = new UUID(0, 1);
    final UUID medicalB = new UUID(0, 2);
    final UUID engineer = new UUID(0, 3);

    @Test
    void reviewersOfTheSameCategoryComeFirstAndTheLoadStaysEven() {
        List<AutoAssignment.Slot> slots = List.of(
                new AutoAssignment.Slot(new UUID(1, 1), Category.MEDICINE, 1, Set.of(medicalA, medicalB, engineer)),
                new AutoAssignment.Slot(new UUID(1, 2), Category.MEDICINE, 1, Set.of(medicalA, medicalB, engineer)),
                new AutoAssignment.Slot(new UUID(1, 3), Category.MEDICINE, 1, Set.of(medicalA, medicalB, engineer)),
                new AutoAssignment.Slot(new UUID(1, 4), Category.MEDICINE, 1, Set.of(medicalA, medicalB, engineer)));
        var result = AutoAssignment.assign(slots, List.of(
                new AutoAssignment.Reviewer(medicalA, Category.MEDICINE, 0),
                new AutoAssignment.Reviewer(medicalB, Category.MEDICINE, 0),
                new AutoAssignment.Reviewer(engineer, Category.ENGINEERING, 0)));
        Map<UUID, Integer> load = new HashMap<>();
        result.assigned().values().forEach(rs -> rs.forEach(r -> load.merge(r, 1, Integer::sum)));
        assertThat(load).containsEntry(medicalA, 2).containsEntry(medicalB, 2).doesNotContainKey(engineer);
        assertThat(result.shortOf()).isEmpty();
    }

    @Test
    void anotherCategoryFillsInAndAShortfallIsReported() {
        var result = AutoAssignment.assign(List.of(
                        new AutoAssignment.Slot(new UUID(1, 1), Category.MEDICINE, 3, Set.of(medicalA, engineer))),
                List.of(new AutoAssignment.Reviewer(medicalA, Category.MEDICINE, 5),
                        new AutoAssignment.Reviewer(engineer, Category.ENGINEERING, 0)));
        assertThat(result.assigned().get(new UUID(1, 1))).containsExactly(medicalA, engineer);
        assertThat(result.shortOf()).containsEntry(new UUID(1, 1), 1);
    }

    @Test
    void theNominationWithFewestEligibleReviewersIsServedFirst() {
        // only medicalA may review the second nomination; the first could have anyone
        var result = AutoAssignment.assign(List.of(
                        new AutoAssignment.Slot(new UUID(1, 1), Category.MEDICINE, 1, Set.of(medicalA, medicalB)),
                        new AutoAssignment.Slot(new UUID(1, 2), Category.MEDICINE, 1, Set.of(medicalA))),
                List.of(new AutoAssignment.Reviewer(medicalA, Category.MEDICINE, 0),
                        new AutoAssignment.Reviewer(medicalB, Category.MEDICINE, 0)));
        assertThat(result.assigned().get(new UUID(1, 2))).containsExactly(medicalA);
        assertThat(result.assigned().get(new UUID(1, 1))).containsExactly(medicalB);
    }

    @Test
    void aConflictedReviewerIsNeverPickedEvenWhenShortOfReviewers() {
        var result = AutoAssignment.assign(List.of(
                        new AutoAssignment.Slot(new UUID(1, 1), Category.MEDICINE, 2, Set.of(medicalB))),
                List.of(new AutoAssignment.Reviewer(medicalA, Category.MEDICINE, 0),
                        new AutoAssignment.Reviewer(medicalB, Category.MEDICINE, 9)));
        assertThat(result.assigned().get(new UUID(1, 1))).containsExactly(medicalB);
        assertThat(result.shortOf()).containsEntry(new UUID(1, 1), 1);
    }
}
