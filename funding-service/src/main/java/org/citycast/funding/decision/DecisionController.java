package org.citycast.funding.decision;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.funding.application.GrantView;
import org.citycast.funding.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/applications/{id}/decision")
class DecisionController {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    /** Approval with an {@code amount}, or rejection with a {@code reason}. */
    record Decision(@NotNull Boolean approved,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Size(max = 2000) String reason) {
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    GrantView decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        if (!decision.approved()) {
            return decisions.reject(id, decision.reason());
        }
        if (decision.amount() == null) {
            throw DomainException.invalid("amount", "is required when an application is approved");
        }
        return decisions.approve(id, decision.amount());
    }
}
