package org.citycast.society.civilaffairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.inspection.InspectionOutcome;

/**
 * The bodies civil affairs posts, one record per {@link MessageKind}. The inbox reads {@code messageId}
 * before the rest; its constraints here are what the API documents show.
 */
final class InboundMessages {

    private InboundMessages() {
    }

    /** Civil affairs registered a society pre-approved by the association. */
    record RegistrationResult(@NotBlank @Size(max = Inbox.MAX_MESSAGE_ID_LENGTH) String messageId,
            @NotNull Instant sentAt, @NotNull UUID societyId, @NotBlank String creditCode,
            @NotNull LocalDate certificateDate) implements InboundMessage {

        @Override
        public String orderingKey() {
            return MessageKind.REGISTRATION.name();
        }
    }

    /** Civil affairs' outcome of a society's annual inspection for {@code year}. */
    record InspectionOutcomeResult(@NotBlank @Size(max = Inbox.MAX_MESSAGE_ID_LENGTH) String messageId,
            @NotNull Instant sentAt, @NotNull UUID societyId, @NotNull @Min(1949) @Max(2200) Integer year,
            @NotNull InspectionOutcome outcome) implements InboundMessage {

        @Override
        public String orderingKey() {
            return MessageKind.INSPECTION_OUTCOME.name() + ":" + year;
        }
    }

    /** Civil affairs deregistered a society the association had consented to deregister. */
    record DeregistrationConfirmation(@NotBlank @Size(max = Inbox.MAX_MESSAGE_ID_LENGTH) String messageId,
            @NotNull Instant sentAt, @NotNull UUID societyId, @NotNull LocalDate deregisteredOn) implements InboundMessage {

        @Override
        public String orderingKey() {
            return MessageKind.DEREGISTRATION.name();
        }
    }
}
