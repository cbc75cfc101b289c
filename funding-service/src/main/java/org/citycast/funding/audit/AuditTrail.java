package org.citycast.funding.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.citycast.funding.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Funding's audit trail: each change concerns a subject (an application, a budget...) and, where it has one, a society. */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /**
     * Records one change of {@code subject} (a grant application's id, a budget year and category,
     * a catalogue code...). {@code before} and {@code after} are snapshots; either may be null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subject, UUID societyId, String action, Object before, Object after) {
        Map<String, Object> own = new HashMap<>();
        own.put("subject_id", subject);
        own.put("society_id", societyId);
        log.write(action, before, after, own);
    }
}
