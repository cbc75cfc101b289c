package org.citycast.funding.society;

import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/societies")
class FundingSocietyController {

    private final KnownSocieties societies;

    FundingSocietyController(KnownSocieties societies) {
        this.societies = societies;
    }

    record SocietyStanding(UUID id, String name, String shortName, String status, boolean eligibleForGrants,
            Instant asOf) {
    }

    @GetMapping("/{id}")
    SocietyStanding get(@PathVariable UUID id) {
        if (!CurrentUser.get().maySee(id)) {
            throw DomainException.notFound("Society", id);
        }
        KnownSociety society = societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
        return new SocietyStanding(society.getId(), society.getName(), society.getShortName(), society.getStatus(),
                society.isActive(), society.getAsOf());
    }
}
