package org.citycast.society.registration;

import org.springframework.modulith.NamedInterface;

/** The steps of deregistration (清算注销), in order; civil affairs' confirmation ends it. */
@NamedInterface({"register", "lifecycle", "events"})
public enum DeregistrationStage {
    /** The members' congress resolved to dissolve. */
    RESOLVED,
    /** Liquidation finished and reported. */
    LIQUIDATED,
    /** The association consented as supervisory unit; sent on to civil affairs. */
    CONSENTED
}
