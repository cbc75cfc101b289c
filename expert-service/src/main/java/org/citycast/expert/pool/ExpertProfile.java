package org.citycast.expert.pool;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an expert's profile says, as entered by a secretary, ADMIN or the expert. {@code phone}
 * and {@code idNumber} are personal data: encrypted at rest and masked in answers.
 */
public record ExpertProfile(
        @NotBlank @Size(max = 40) String name,
        Gender gender,
        @Min(1900) @Max(2015) Integer birthYear,
        @NotBlank @Size(max = 100) String employer,
        @NotBlank @Size(max = 40) String title,
        @NotNull TitleLevel titleLevel,
        @NotNull Category category,
        @Size(max = 20) List<@NotNull UUID> societies,
        @Size(max = 20) List<@NotBlank @Size(max = 30) String> expertise,
        @Pattern(regexp = PHONE, message = "must be a mobile number (11 digits) or a landline like 0537-2345678")
        String phone,
        @Pattern(regexp = "[0-9]{17}[0-9X]", message = "must be an 18-character resident ID number")
        String idNumber,
        @Email @Size(max = 100) String email) {

    public static final String PHONE = "1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}";

    public ExpertProfile {
        societies = societies == null ? List.of() : List.copyOf(societies);
        expertise = expertise == null ? List.of() : expertise.stream().map(String::strip).distinct().toList();
    }

    /** The same profile with the given society among its societies. */
    ExpertProfile withSociety(UUID society) {
        if (societies.contains(society)) {
            return this;
        }
        List<UUID> all = new java.util.ArrayList<>(societies);
        all.add(society);
        return new ExpertProfile(name, gender, birthYear, employer, title, titleLevel, category, all, expertise, phone,
                idNumber, email);
    }
}
