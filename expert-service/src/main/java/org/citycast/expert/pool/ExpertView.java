package org.citycast.expert.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An expert profile as an answer. {@code phone}, {@code idNumber} and {@code email} are in clear
 * only for ADMIN and the expert themself ({@code personalDataMasked} false); masked for everyone else.
 */
public record ExpertView(UUID id, String name, Gender gender, Integer birthYear, String employer, String title,
        TitleLevel titleLevel, String titleLevelLabel, Category category, String categoryLabel,
        List<SocietyName> societies, List<String> expertise, ExpertStatus status, List<PoolSeat> pools,
        boolean committeeMember, String phone, String idNumber, String email, boolean personalDataMasked,
        Instant createdAt, Instant updatedAt) {

    public record SocietyName(UUID id, String name) {
    }

    public record PoolSeat(String pool, String name, LocalDate since) {
    }
}
