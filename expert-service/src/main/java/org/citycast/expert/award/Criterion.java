package org.citycast.expert.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** One criterion of the review rubric, scored 0 to {@code maxScore}. */
@Table("award_criterion")
public record Criterion(
        @NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,29}", message = "must be a code like innovation") String code,
        @NotBlank @Size(max = 40) String name,
        @NotNull @Min(1) @Max(100) Integer maxScore) {
}
