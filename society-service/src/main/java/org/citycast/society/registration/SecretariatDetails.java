package org.citycast.society.registration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

/**
 * The part of the record a society's secretariat (秘书处) keeps itself: its address, website,
 * description and contacts. The rest is the register's, changed by ADMIN or through the lifecycle.
 */
@NamedInterface("lifecycle")
public record SecretariatDetails(
        @Size(max = 200) String address,
        @Size(max = 200) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://")
        String website,
        @Size(max = 2000) String description,
        @Valid @Size(max = 20) List<Contact> contacts) {
}
