package org.citycast.expert.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The ranking after expert review. Order: the higher mean total score; on a tie, the higher mean
 * score on the rubric's first criterion; then the nomination filed earlier; then the id. Means are
 * compared exactly (as fractions), shown with two decimals. Classes are suggested by walking down
 * the ranking and filling each class's quota in the programme's order (first class first).
 */
final class Ranking {

    static final String TIE_BREAK = "Higher mean total score first; on a tie, the higher mean score on the rubric's "
            + "first criterion; then the nomination filed earlier.";

    record Scored(UUID nomination, List<List<Integer>> reviews, Instant nominatedAt) {

        long sumOfTotals() {
            return reviews.stream().mapToLong(scores -> scores.stream().mapToLong(Integer::longValue).sum()).sum();
        }

        long sumOfFirst() {
            return reviews.stream().mapToLong(scores -> scores.isEmpty() ? 0 : scores.get(0)).sum();
        }

        int count() {
            return reviews.size();
        }
    }

    record Ranked(int rank, UUID nomination, BigDecimal meanTotal, BigDecimal meanFirstCriterion, int reviews,
            String suggestedClass) {
    }

    private Ranking() {
    }

    static List<Ranked> rank(List<Scored> nominations, List<AwardClass> classes) {
        List<Scored> ordered = new ArrayList<>(nominations.stream().filter(s -> s.count() > 0).toList());
        ordered.sort(Comparator.<Scored, Fraction>comparing(s -> new Fraction(s.sumOfTotals(), s.count())).reversed()
                .thenComparing(Comparator.<Scored, Fraction>comparing(s -> new Fraction(s.sumOfFirst(), s.count()))
                        .reversed())
                .thenComparing(Scored::nominatedAt)
                .thenComparing(Scored::nomination));
        List<Ranked> ranked = new ArrayList<>();
        int classIndex = 0;
        int filled = 0;
        for (int i = 0; i < ordered.size(); i++) {
            while (classIndex < classes.size() && filled >= classes.get(classIndex).quota()) {
                classIndex++;
                filled = 0;
            }
            String suggested = classIndex < classes.size() ? classes.get(classIndex).code() : null;
            filled++;
            Scored s = ordered.get(i);
            ranked.add(new Ranked(i + 1, s.nomination(), mean(s.sumOfTotals(), s.count()),
                    mean(s.sumOfFirst(), s.count()), s.count(), suggested));
        }
        return ranked;
    }

    private static BigDecimal mean(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** A non-negative mean kept as numerator over denominator, so that ties are ties. */
    private record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
        @Override
        public int compareTo(Fraction other) {
            return Long.compare(numerator * other.denominator, other.numerator * denominator);
        }
    }
}
