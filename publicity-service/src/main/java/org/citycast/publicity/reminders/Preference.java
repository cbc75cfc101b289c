package org.citycast.publicity.reminders;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person wants: {@code email} false keeps reminders in the inbox only; {@code dailyDigest}
 * gathers a day's mails into one each morning; {@code mutedKinds} are the kinds of deadline they
 * want no reminder about (e.g. {@code INSPECTION_FORWARDING}).
 */
record Preference(@NotNull Boolean email, @NotNull Boolean dailyDigest,
        @NotNull @Size(max = 50) Set<@Pattern(regexp = "[A-Z][A-Z_]{1,59}", message = "must be a deadline kind such as ANNUAL_REPORT") String> mutedKinds) {

    static final Preference DEFAULT = new Preference(true, false, Set.of());

    boolean wants(String kind) {
        return !mutedKinds.contains(kind);
    }
}
