package org.citycast.society.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pool experts' accounts (REVIEWER, EXPERT), ADMIN only. A grant is answered 202: Keycloak gets
 * the account moments later ({@code synced} turns true), or when it is back.
 */
@RestController
@RequestMapping("/api/societies/expert-accounts")
@PreAuthorize("hasRole('ADMIN')")
class ExpertAccountController {

    private final ExpertAccountService service;

    ExpertAccountController(ExpertAccountService service) {
        this.service = service;
    }

    record GrantRequest(@NotNull UUID expertId,
            @NotBlank @Email @Size(max = 200) String email,
            @NotEmpty Set<@NotNull ExpertRole> roles) {
    }

    /** Grants roles to a pool expert: their Keycloak account (created the first time) carries their {@code expert_id}. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    ExpertAccount grant(@Valid @RequestBody GrantRequest request) {
        return service.grant(new ExpertAccountService.Grant(request.expertId(), request.email(), request.roles()));
    }

    /** Every expert account, newest first; {@code expertId} narrows it to one expert. */
    @GetMapping
    List<ExpertAccount> list(@RequestParam(required = false) UUID expertId) {
        return service.list(expertId);
    }

    @GetMapping("/{accountId}")
    ExpertAccount get(@PathVariable UUID accountId) {
        return service.get(accountId);
    }

    /** Revokes one role; without a role left the account is withdrawn (disabled, sessions ended). */
    @DeleteMapping("/{accountId}/roles/{role}")
    ExpertAccount revoke(@PathVariable UUID accountId, @PathVariable ExpertRole role) {
        return service.revoke(accountId, role);
    }

    /** A password for the first sign-in, shown this once and never stored (for a deployment without mail). */
    @PostMapping("/{accountId}/one-time-password")
    ResponseEntity<OneTimePassword> oneTimePassword(@PathVariable UUID accountId) {
        try {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(service.issueOneTimePassword(accountId));
        } catch (RestClientException keycloakDown) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Keycloak did not answer; no password was set. Try again shortly.", keycloakDown);
        }
    }
}
