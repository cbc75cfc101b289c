package org.citycast.society.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the register says a society is: its names, category and host unit (挂靠单位). */
public record SocietyDescription(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 40) String shortName,
        @NotNull DisciplineCategory disciplineCategory,
        @NotBlank @Size(max = 100) String hostUnit) {
}
