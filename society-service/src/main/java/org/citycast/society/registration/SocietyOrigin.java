package org.citycast.society.registration;

import org.springframework.modulith.NamedInterface;

/** How a society came onto the register. */
@NamedInterface({"register", "lifecycle"})
public enum SocietyOrigin {
    /** From the register as it stood before the platform, imported by ADMIN with a reason. */
    IMPORTED,
    /** Through the founding procedure: application, pre-approval, civil affairs' registration. */
    FOUNDED,
    /** Registered under another bureau, joined through the party-building gate. */
    TRANSFERRED
}
