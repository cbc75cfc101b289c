package org.citycast.expert.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.citycast.expert.platform.FieldProblem;

/**
 * What a pool admits: a minimum title level and the industry categories it covers, and how many
 * committee votes ADMIN needs before deciding. Each unmet rule is reported in words.
 */
public record PoolRule(String name, TitleLevel minimumTitleLevel, Set<Category> categories, int minimumVotes) {

    public PoolRule {
        categories = categories == null || categories.isEmpty() ? Set.of(Category.values()) : Set.copyOf(categories);
        minimumTitleLevel = minimumTitleLevel == null ? TitleLevel.NONE : minimumTitleLevel;
    }

    /** The field (titleLevel, category) and the reason for every rule an expert does not meet. */
    public List<FieldProblem> unmetBy(TitleLevel level, Category category) {
        List<FieldProblem> unmet = new ArrayList<>();
        if (level == null || !level.atLeast(minimumTitleLevel)) {
            unmet.add(new FieldProblem("titleLevel", name + " admits " + minimumTitleLevel.label() + " titles or higher; "
                    + (level == null ? "no title level" : level.label()) + " is below that"));
        }
        if (category == null || !categories.contains(category)) {
            unmet.add(new FieldProblem("category", name + " does not cover "
                    + (category == null ? "an expert without a category" : category.label())));
        }
        return unmet;
    }
}
