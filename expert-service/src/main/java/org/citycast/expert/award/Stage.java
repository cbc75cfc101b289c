package org.citycast.expert.award;

/**
 * The stages of an award year, in the only order they may run. Nominations are filed during
 * NOMINATION; each stage from INITIAL_CHECK to INSPECTION ends with an outcome per nomination;
 * PUBLIC_NOTICE ends with commendation once the notice has closed and every objection is answered.
 */
public enum Stage {
    NOMINATION("推荐申报"),
    INITIAL_CHECK("初报审核"),
    RECHECK("复审"),
    COMPILATION("材料汇总"),
    EXPERT_REVIEW("专家评审"),
    INSPECTION("考察"),
    PUBLIC_NOTICE("公示"),
    COMMENDATION("表彰");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage after this one; COMMENDATION is the last. */
    public Stage next() {
        return this == COMMENDATION ? null : values()[ordinal() + 1];
    }

    /** Stages that end with ADMIN's outcome for each nomination. */
    public boolean decidedPerNomination() {
        return ordinal() >= INITIAL_CHECK.ordinal() && ordinal() <= INSPECTION.ordinal();
    }

    public boolean after(Stage other) {
        return ordinal() > other.ordinal();
    }
}
