package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Within the service: ADMIN rated a society's health tier by hand, overriding what its activity
 * suggests, with an optional reason. Not published to other services (they see
 * {@code SocietyDetailsChanged}).
 */
@NamedInterface("events")
public record HealthTierRated(UUID societyId, HealthTier tier, String reason, String ratedBy, Instant ratedAt) {
}
