package org.citycast.expert.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** A class of an award (一等奖...) and how many may be commended in it. */
@Table("award_class")
public record AwardClass(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,19}", message = "must be a code like FIRST") String code,
        @NotBlank @Size(max = 40) String name,
        @NotNull @Min(1) @Max(1000) Integer quota) {
}
