package org.citycast.funding.budget;

import java.math.BigDecimal;

/** One category's money in one year. {@code available} is always {@code allocated - committed}. */
public record Allocation(int year, String categoryCode, String categoryName, BigDecimal allocated,
        BigDecimal committed, BigDecimal available, BigDecimal disbursed) {
}
