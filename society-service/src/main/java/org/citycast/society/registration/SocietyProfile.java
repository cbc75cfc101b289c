package org.citycast.society.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

/**
 * What the register says about a society besides its status: names, category, host unit
 * (挂靠单位), members, assets (yuan, exact to the fen), representative, charter term length, and
 * the secretariat's part (address, website, description, contacts). Leaders are not here: they
 * are seated by a term's election result.
 */
@NamedInterface("lifecycle")
public record SocietyProfile(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 40) String shortName,
        @NotNull DisciplineCategory disciplineCategory,
        @NotBlank @Size(max = 100) String hostUnit,
        @PastOrPresent LocalDate foundedOn,
        @PositiveOrZero Integer individualMembers,
        @PositiveOrZero Integer unitMembers,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal assets,
        @Size(max = 200) String address,
        @Size(max = 40) String legalRepresentative,
        @Min(1) @Max(5) Integer termYears,
        @Valid @Size(max = 20) List<Contact> contacts,
        @Size(max = 200) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://")
        String website,
        @Size(max = 2000) String description) {

    public static SocietyProfile of(String name, String shortName, DisciplineCategory category, String hostUnit) {
        return new SocietyProfile(name, shortName, category, hostUnit, null, null, null, null, null, null, null, null,
                null, null);
    }
}
