package org.citycast.society.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

/** A society leader (chair, vice-chair, secretary-general ...), as elected for the current term. */
@NamedInterface({"register", "lifecycle", "events"})
public record Leader(@NotBlank @Size(max = 40) String position, @NotBlank @Size(max = 40) String name,
        @Size(max = 100) String workplace) {
}
