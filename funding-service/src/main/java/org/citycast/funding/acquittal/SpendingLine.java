package org.citycast.funding.acquittal;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** A budget line as it was planned and as the money was actually spent. */
@Table("spending_line")
record SpendingLine(String item, BigDecimal planned, BigDecimal actual) {
}
