package io.followupbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Turns interview events into the {@code kind} and JSON {@code payload} columns of the log, and back. */
final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The {@code kind} column of each type of event. */
    private static final Map<Class<? extends InterviewEvent>, String> KINDS = Map.ofEntries(
            Map.entry(InterviewEvent.Sent.class, "sent"), Map.entry(InterviewEvent.Declined.class, "declined"),
            Map.entry(InterviewEvent.StillDeciding.class, "still_deciding"), Map.entry(InterviewEvent.Rejected.class, "rejected"),
            Map.entry(InterviewEvent.Offer.class, "offer"), Map.entry(InterviewEvent.CompetingOffer.class, "competing_offer"),
            Map.entry(InterviewEvent.Withdrew.class, "withdrew"), Map.entry(InterviewEvent.Snoozed.class, "snoozed"),
            Map.entry(InterviewEvent.Archived.class, "archived"), Map.entry(InterviewEvent.Applied.class, "applied"),
            Map.entry(InterviewEvent.Note.class, "note"));

    private EventCodec() {
    }

    static String kind(final InterviewEvent event) {
        return KINDS.getOrDefault(event.getClass(), "note");
    }

    static String payload(final InterviewEvent event) {
        final ObjectNode node = JSON.createObjectNode();
        if (event instanceof InterviewEvent.Sent sent) {
            putStep(node, sent.kind(), sent.to(), sent.sequence());
        } else if (event instanceof InterviewEvent.Declined declined) {
            putStep(node, declined.kind(), declined.to(), declined.sequence());
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
        return KINDS.containsValue(kind);
    }

    /** The step a sent or declined event is about: its kind, its person, and which of them it was (0: the first). */
    private static void putStep(final ObjectNode node, final StepKind kind, final Optional<String> to, final int sequence) {
        node.put("step", kind.key());
        to.ifPresent(name -> node.put("to", name));
        if (sequence > 0) {
            node.put("sequence", sequence);
        }
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
