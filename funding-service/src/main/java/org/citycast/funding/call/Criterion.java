package org.citycast.funding.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** One criterion of a call's rubric: reviewers give it 0–100; the total weighs criteria by {@code weight}. */
@Table("call_criterion")
public record Criterion(
        @NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}", message = "must be a short camelCase key") String key,
        @NotBlank @Size(max = 40) String name,
        @Min(1) @Max(100) int weight) {
}
