package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One instalment of a grant: planned amount and date, the condition for paying it, and when it was paid. */
@Table("tranche")
record Tranche(BigDecimal amount, LocalDate dueOn, String condition, LocalDate paidOn, String reference) {

    boolean paid() {
        return paidOn != null;
    }

    Tranche pay(LocalDate on, String ref) {
        return new Tranche(amount, dueOn, condition, on, ref);
    }
}
