package org.citycast.expert.notice;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An objection as the public form sends it: objections are made in one's own name, with a phone to reach. */
public record ObjectionForm(
        @NotNull UUID nominationId,
        @NotBlank @Size(max = 40) String name,
        @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}",
                message = "must be a mobile number (11 digits) or a landline like 0537-2345678") String phone,
        @NotBlank @Size(min = 10, max = 2000) String content) {
}
