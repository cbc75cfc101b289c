package org.citycast.funding.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A call as everyone reads it, with its status today. */
public record CallView(UUID id, int year, String title, String description, LocalDate opensOn, LocalDate closesOn,
        CallStatus status, BigDecimal maxPerGrant, List<String> categories, List<Criterion> rubric,
        Instant createdAt, Instant updatedAt) {

    static CallView of(GrantCall call, LocalDate today) {
        return new CallView(call.getId(), call.getYear(), call.getTitle(), call.getDescription(), call.getOpensOn(),
                call.getClosesOn(), call.statusOn(today), call.getMaxPerGrant(),
                call.getCategories().stream().map(CallCategory::categoryCode).sorted().toList(),
                List.copyOf(call.getRubric()), call.getCreatedAt(), call.getUpdatedAt());
    }

    public boolean funds(String category) {
        return categories.contains(category);
    }
}
