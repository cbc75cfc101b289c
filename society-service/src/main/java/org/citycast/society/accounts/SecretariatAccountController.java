package org.citycast.society.accounts;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A society's secretariat accounts, ADMIN only. An invitation is answered 202: the account is
 * created in Keycloak moments later ({@code synced} turns true), or when Keycloak is back.
 */
@RestController
@RequestMapping("/api/societies/{societyId}/secretariat-accounts")
@PreAuthorize("hasRole('ADMIN')")
class SecretariatAccountController {

    private final SecretariatAccountService service;

    SecretariatAccountController(SecretariatAccountService service) {
        this.service = service;
    }

    record InvitationRequest(@NotBlank @Size(max = 40) String name,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number") String phone) {
    }

    /** Invites a secretariat member: a Keycloak account with role SOCIETY_SECRETARY and this society's id. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    SecretariatAccount invite(@PathVariable UUID societyId, @Valid @RequestBody InvitationRequest request) {
        return service.invite(societyId,
                new SecretariatAccountService.Invitation(request.name(), request.email(), request.phone()));
    }

    @GetMapping
    List<SecretariatAccount> list(@PathVariable UUID societyId) {
        return service.list(societyId);
    }

    /** Disables the account and ends its sessions; it stays listed. */
    @PostMapping("/{accountId}/disabling")
    SecretariatAccount disable(@PathVariable UUID societyId, @PathVariable UUID accountId) {
        return service.disable(societyId, accountId);
    }

    /** Removes the account from Keycloak; the row stays, for the record. */
    @DeleteMapping("/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID societyId, @PathVariable UUID accountId) {
        service.remove(societyId, accountId);
    }

    /**
     * A password for the first sign-in, shown this once and never stored; Keycloak makes the
     * person replace it at that sign-in. Asking again replaces the previous one.
     */
    @PostMapping("/{accountId}/one-time-password")
    ResponseEntity<OneTimePassword> oneTimePassword(@PathVariable UUID societyId,
            @PathVariable UUID accountId) {
        try {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(service.issueOneTimePassword(societyId, accountId));
        } catch (RestClientException keycloakDown) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Keycloak did not answer; no password was set. Try again shortly.", keycloakDown);
        }
    }
}
