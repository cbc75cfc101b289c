package org.citycast.society.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

/** Someone at the secretariat (秘书处) the association can reach. */
@NamedInterface({"register", "lifecycle"})
public record Contact(@NotBlank @Size(max = 40) String name, @Size(max = 40) String role,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number") String phone,
        @Email String email) {
}
