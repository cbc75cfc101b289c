package org.citycast.society.evaluation;

/** The evaluation grade (评估等级), 5A down to 1A; 3A and above get priority for transferred functions. */
public enum GradeLevel {
    AAAAA(5), AAAA(4), AAA(3), AA(2), A(1);

    private final int stars;

    GradeLevel(int stars) {
        this.stars = stars;
    }

    public int stars() {
        return stars;
    }

    /** How certificates and lists write it: 5A级 ... 1A级. */
    public String label() {
        return stars + "A级";
    }

    public boolean atLeast(GradeLevel other) {
        return stars >= other.stars;
    }
}
