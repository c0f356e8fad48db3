package io.followupbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Turns interview events into the {@code kind} and JSON {@code payload} columns of the log, and back. */
final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCodec() {
    }

    static String kind(final InterviewEvent event) {
        if (event instanceof InterviewEvent.Sent) {
            return "sent";
        } else if (event instanceof InterviewEvent.Declined) {
            return "declined";
        } else if (event instanceof InterviewEvent.StillDeciding) {
            return "still_deciding";
        } else if (event instanceof InterviewEvent.Rejected) {
            return "rejected";
        } else if (event instanceof InterviewEvent.Offer) {
            return "offer";
        } else if (event instanceof InterviewEvent.CompetingOffer) {
            return "competing_offer";
        } else if (event instanceof InterviewEvent.Withdrew) {
            return "withdrew";
        } else if (event instanceof InterviewEvent.Snoozed) {
            return "snoozed";
        } else if (event instanceof InterviewEvent.Archived) {
            return "archived";
        } else if (event instanceof InterviewEvent.Applied) {
            return "applied";
        }
        return "note";
    }

    static String payload(final InterviewEvent event) {
        final ObjectNode node = JSON.createObjectNode();
        if (event instanceof InterviewEvent.Sent sent) {
            node.put("step", sent.kind().key());
            sent.to().ifPresent(to -> node.put("to", to));
            if (sent.sequence() > 0) {
                node.put("sequence", sent.sequence());
            }
        } else if (event instanceof InterviewEvent.Declined declined) {
            node.put("step", declined.kind().key());
            declined.to().ifPresent(to -> node.put("to", to));
            if (declined.sequence() > 0) {
                node.put("sequence", declined.sequence());
            }
        } else if (event instanceof InterviewEvent.StillDeciding deciding) {
            deciding.newDate().ifPresent(date -> node.put("new_date", date.toString()));
        } else if (event instanceof InterviewEvent.CompetingOffer competing) {
            node.put("deadline", competing.deadline().toString());
        } else if (event instanceof InterviewEvent.Snoozed snoozed) {
            node.put("step", snoozed.kind().key());
            snoozed.to().ifPresent(to -> node.put("to", to));
            node.put("until", snoozed.until().toEpochMilli());
        } else if (event instanceof InterviewEvent.Note note) {
            node.put("text", note.text());
        }
        return node.toString();
    }

    static InterviewEvent decode(final String kind, final String payload, final long occurredAt) {
        final JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (final JsonProcessingException corrupt) {
            throw new IllegalStateException("an event of kind " + kind + " has an unreadable payload", corrupt);
        }
        final Instant at = Instant.ofEpochMilli(occurredAt);
        return switch (kind) {
            case "sent" -> new InterviewEvent.Sent(at, step(node), text(node, "to"), node.path("sequence").asInt(0));
            case "declined" -> new InterviewEvent.Declined(at, step(node), text(node, "to"),
                    node.path("sequence").asInt(0));
            case "still_deciding" -> new InterviewEvent.StillDeciding(at, text(node, "new_date").map(LocalDate::parse));
            case "rejected" -> new InterviewEvent.Rejected(at);
            case "offer" -> new InterviewEvent.Offer(at);
            case "competing_offer" -> new InterviewEvent.CompetingOffer(at, LocalDate.parse(node.get("deadline").asText()));
            case "withdrew" -> new InterviewEvent.Withdrew(at);
            case "snoozed" -> new InterviewEvent.Snoozed(at, step(node), text(node, "to"),
                    Instant.ofEpochMilli(node.get("until").asLong()));
            case "archived" -> new InterviewEvent.Archived(at);
            case "applied" -> new InterviewEvent.Applied(at);
            case "note" -> new InterviewEvent.Note(at, text(node, "text").orElse(""));
            default -> throw new IllegalStateException("unknown event kind " + kind);
        };
    }

    /** Whether a row of the log is an interview event (rather than a delivery record or a note about the member). */
    static boolean isInterviewEvent(final String kind) {
        return switch (kind) {
            case "sent", "declined", "still_deciding", "rejected", "offer", "competing_offer", "withdrew", "snoozed", "archived",
                    "applied", "note" -> true;
            default -> false;
        };
    }

    private static StepKind step(final JsonNode node) {
        final String key = node.path("step").asText();
        return StepKind.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown step " + key));
    }

    private static Optional<String> text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
