package org.citycast.society.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a local society needs before the association pre-approves its founding: at least
 * {@code minIndividualMembers} individual or {@code minUnitMembers} unit members, and
 * {@code minAssets} yuan of assets (social-organisation registration rules).
 */
@ConfigurationProperties("platform.founding")
public record FoundingThresholds(@DefaultValue("50") int minIndividualMembers, @DefaultValue("30") int minUnitMembers,
        @DefaultValue("30000.00") BigDecimal minAssets) {

    List<String> unmetBy(Integer individualMembers, Integer unitMembers, BigDecimal assets) {
        List<String> unmet = new ArrayList<>();
        boolean enoughMembers = value(individualMembers) >= minIndividualMembers
                || value(unitMembers) >= minUnitMembers;
        if (!enoughMembers) {
            unmet.add("needs at least " + minIndividualMembers + " individual or " + minUnitMembers
                    + " unit members (has " + value(individualMembers) + " and " + value(unitMembers) + ")");
        }
        if (assets == null || assets.compareTo(minAssets) < 0) {
            unmet.add("needs at least " + minAssets.toPlainString() + " yuan of assets (has "
                    + (assets == null ? "none" : assets.toPlainString()) + ")");
        }
        return unmet;
    }

    private static int value(Integer count) {
        return count == null ? 0 : count;
    }
}
