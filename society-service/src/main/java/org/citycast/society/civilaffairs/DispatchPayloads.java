package org.citycast.society.civilaffairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.citycast.society.inspection.AnnualReport;
import org.citycast.society.registration.DisciplineCategory;

/** The bodies civil affairs receives, one record per {@link DispatchKind}. */
final class DispatchPayloads {

    private DispatchPayloads() {
    }

    /** The association agreed to supervise a society being founded; civil affairs may register it. */
    record PreApproval(UUID societyId, String name, String shortName, String hostUnit,
            DisciplineCategory disciplineCategory, Integer individualMembers, Integer unitMembers, BigDecimal assets,
            String legalRepresentative, String address, Instant preApprovedAt) {
    }

    /** A society's annual report, pre-reviewed and forwarded by the association for annual inspection. */
    record ForwardedAnnualReport(UUID societyId, String societyName, String creditCode, int year,
            AnnualReport report, Instant forwardedAt) {
    }

    /** The association consents, as supervisory unit, to the society's deregistration. */
    record DeregistrationConsent(UUID societyId, String name, String creditCode, Instant consentedAt) {
    }
}
