package org.citycast.funding.agreement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.funding.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/applications/{id}")
class AgreementController {

    private final AgreementService agreements;

    AgreementController(AgreementService agreements) {
        this.agreements = agreements;
    }

    record Payment(@NotNull LocalDate paidOn, @Size(max = 100) String reference) {
    }

    @PutMapping("/agreement")
    @PreAuthorize("hasRole('ADMIN')")
    AgreementView sign(@PathVariable UUID id, @Valid @RequestBody AgreementTerms terms) {
        return agreements.sign(id, terms);
    }

    @GetMapping("/agreement")
    AgreementView get(@PathVariable UUID id) {
        return agreements.find(id, CurrentUser.get());
    }

    @PostMapping("/tranches/{number}/disbursement")
    @PreAuthorize("hasRole('ADMIN')")
    AgreementView pay(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody Payment payment) {
        return agreements.pay(id, number, payment.paidOn(), payment.reference());
    }
}
