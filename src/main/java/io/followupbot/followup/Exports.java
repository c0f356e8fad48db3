package io.followupbot.followup;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Summary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.config.BotConfig;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.WorkSearchTerms;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.CommunityStore;
import io.followupbot.store.Store;
import io.followupbot.store.rows.TranscriptRow;
import io.followupbot.store.TranscriptStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A member's data in forms other programs open: a CSV of interviews with their stage history and a CSV of the
 * pipeline, one row per interview (RFC 4180, safe in a spreadsheet), a JSON file of everything (the web chat's
 * conversation included), and an iCalendar file of the planned steps.
 */
public final class Exports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final FollowUps followUps;
    private final TranscriptStore transcripts;
    private final BotConfig.WorkSearchLog logWords;

    public Exports(final Store store, final FollowUps followUps) {
        this(store, followUps, BotConfig.WorkSearchLog.ENGLISH);
    }

    /** @param logWords the words of the work-search log, everyone's and some communities' own */
    public Exports(final Store store, final FollowUps followUps, final BotConfig.WorkSearchLog logWords) {
        this.store = store;
        this.followUps = followUps;
        this.transcripts = new TranscriptStore(store.jdbi(), TranscriptStore.LIMIT);
        this.logWords = logWords;
    }

    /** The member's work-search log from {@code from} to {@code to}, in the words of the member's community. */
    public WorkSearchLog.Report workSearchLog(final Member member, final LocalDate from, final LocalDate to) {
        return WorkSearchLog.report(followUps.pipeline(member), member.settings().zone(), from, to, logWords(member));
    }

    private WorkSearchTerms logWords(final Member member) {
        return logWords.communities().isEmpty() ? logWords.everyone() : logWords.of(member.key().platform() + ":"
                + new CommunityStore(store.jdbi()).communityOf(member.key()));
    }

    /** One exported file. */
    public record ExportFile(String name, String mimeType, byte[] content) {
    }

    public List<ExportFile> export(final Member member) {
        final List<Tracked> pipeline = followUps.pipeline(member);
        final List<EventRow> log = store.read(session -> session.eventLog(member.id()));
        final List<TranscriptRow> transcript = transcripts.of(member.id());
        return List.of(
                new ExportFile("followup-interviews.csv", "text/csv", csv(pipeline, log).getBytes(StandardCharsets.UTF_8)),
                new ExportFile("followup-pipeline.csv", "text/csv",
                        SpreadsheetCsv.pipeline(pipeline, member.settings().zone()).getBytes(StandardCharsets.UTF_8)),
                new ExportFile("followup-data.json", "application/json",
                        withChoices(json(member, pipeline, log, transcript), member).getBytes(StandardCharsets.UTF_8)),
                new ExportFile("followup-plan.ics", "text/calendar",
                        calendar(pipeline).getBytes(StandardCharsets.UTF_8)),
                new ExportFile("followup-work-search-log.csv", "text/csv", WorkSearchLog.report(pipeline,
                        member.settings().zone(), LocalDate.MIN, LocalDate.MAX, logWords(member)).csv()
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The member's community choices (weekly digest, counting in the figures) in the JSON file (issue 20). */
    private String withChoices(final String json, final Member member) {
        return ExportedChoices.add(json, new CommunityStore(store.jdbi()).choices(member.id()));
    }

    /**
     * The event log: one row per interview and per event of its history, so the stage history reads down the
     * sheet; the details of an event as "key: value" pairs.
     */
    static String csv(final List<Tracked> pipeline, final List<EventRow> log) {
        final List<List<Object>> rows = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            final Interview interview = tracked.stored().interview();
            final List<Object> base = List.of(tracked.number(), interview.company(), interview.role(),
                    interview.startsAt().toString(), interview.format().label(),
                    String.join("; ", interview.interviewers().stream().map(Interviewer::name).toList()),
                    interview.decisionDate().map(LocalDate::toString).orElse(""),
                    tracked.stored().stage().label());
            rows.add(concat(base, "recorded", interview.recordedAt().toString(), ""));
            for (final EventRow row : log) {
                if (tracked.stored().id().equals(row.interviewId()) && !row.kind().equals("recorded")) {
                    rows.add(concat(base, row.kind(), Instant.ofEpochMilli(row.occurredAt()).toString(),
                            details(row.payload())));
                }
            }
        }
        return SpreadsheetCsv.write(List.of("id", "company", "role", "interview_at", "format", "interviewers",
                "decision_date", "stage", "event", "event_at", "details"), rows);
    }

    /** An event's JSON payload as text a person reads: "step: thank_you; to: Ben Ode". */
    static String details(final String payload) {
        try {
            final JsonNode node = JSON.readTree(payload == null || payload.isBlank() ? "{}" : payload);
            if (!node.isObject()) {
                return node.asText();
            }
            final List<String> pairs = new ArrayList<>();
            node.fields().forEachRemaining(field -> pairs.add(field.getKey().replace('_', ' ') + ": "
                    + (field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString())));
            return String.join("; ", pairs);
        } catch (final IOException unreadable) {
            return payload;
        }
    }

    private static List<Object> concat(final List<Object> base, final Object... more) {
        final List<Object> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    static String json(final Member member, final List<Tracked> pipeline, final List<EventRow> log,
                       final List<TranscriptRow> transcript) {
        final ObjectNode root = JSON.createObjectNode();
        final ObjectNode who = root.putObject("member");
        who.put("platform", member.key().platform());
        who.put("display_name", member.displayName());
        who.put("time_zone", member.settings().zone().getId());
        who.put("country", member.settings().country());
        who.put("nudge_hour", member.settings().nudgeHour().toString());
        who.put("quiet_hours", member.settings().quietStart() + "-" + member.settings().quietEnd());
        who.put("cadence", member.settings().cadence().key());
        who.put("weekly_goal", member.settings().weeklyGoal());
        who.put("name", member.settings().name());
        who.put("signature", member.settings().signature());
        final ArrayNode interviews = root.putArray("interviews");
        for (final Tracked tracked : pipeline) {
            final Interview interview = tracked.stored().interview();
            final ObjectNode node = interviews.addObject();
            node.put("id", tracked.number());
            node.put("company", interview.company());
            node.put("role", interview.role());
            node.put("interview_at", interview.startsAt().toString());
            node.put("length_minutes", interview.length().toMinutes());
            node.put("format", interview.format().label());
            node.put("decision_date", interview.decisionDate().map(LocalDate::toString).orElse(null));
            node.put("contact_by", interview.channel().label());
            node.put("addition", interview.addition());
            node.put("pastResult", interview.pastResult());
            node.put("stage", tracked.stored().stage().label());
            final ArrayNode people = node.putArray("interviewers");
            for (final Interviewer person : interview.interviewers()) {
                people.addObject().put("name", person.name()).put("title", person.title()).put("email", person.email())
                        .put("detail", person.detail());
            }
            rounds(node.putArray("rounds"), tracked);
            final ArrayNode steps = node.putArray("planned_steps");
            for (final PlannedStep step : tracked.plan().steps()) {
                steps.addObject().put("kind", step.kind().key()).put("at", step.at().toOffsetDateTime().toString())
                        .put("to", step.to().orElse(null)).put("round", step.round());
            }
            final ArrayNode history = node.putArray("history");
            for (final EventRow row : log) {
                if (tracked.stored().id().equals(row.interviewId())) {
                    history.addObject().put("event", row.kind())
                            .put("at", Instant.ofEpochMilli(row.occurredAt()).toString()).put("details", row.payload());
                }
            }
        }
        conversation(root.putArray("conversation"), transcript);
        return root.toPrettyString();
    }

    /** Every round of the application, oldest first, as it was entered (the fields above are the latest round's). */
    private static void rounds(final ArrayNode into, final Tracked tracked) {
        final List<Interview> rounds = tracked.stored().interviews();
        for (int index = 0; index < rounds.size(); index++) {
            final Interview round = rounds.get(index);
            final ObjectNode node = into.addObject();
            node.put("round", index + 1);
            node.put("interview_at", round.startsAt().toString());
            node.put("length_minutes", round.length().toMinutes());
            node.put("format", round.format().label());
            node.put("decision_date", round.decisionDate().map(LocalDate::toString).orElse(null));
            final ArrayNode people = node.putArray("interviewers");
            for (final Interviewer person : round.interviewers()) {
                people.addObject().put("name", person.name()).put("title", person.title()).put("email", person.email())
                        .put("detail", person.detail());
            }
        }
    }

    /** The web chat's transcript: when, who, what was said (and a draft shown), without buttons or links. */
    private static void conversation(final ArrayNode into, final List<TranscriptRow> transcript) {
        for (final TranscriptRow row : transcript) {
            final ObjectNode message = into.addObject();
            message.put("at", Instant.ofEpochMilli(row.sentAt()).toString());
            message.put("from", row.sender());
            try {
                final JsonNode body = JSON.readTree(row.body());
                message.put("text", body.path("text").asText(""));
                if (body.has("fields")) {
                    message.set("fields", body.get("fields"));
                }
                if (body.has("draft")) {
                    message.set("draft", body.get("draft"));
                }
            } catch (final IOException unreadable) {
                message.put("text", row.body());
            }
        }
    }

    static String calendar(final List<Tracked> pipeline) {
        final ICalendar calendar = new ICalendar();
        calendar.setProductId("-//followup-bot//plan//EN");
        for (final Tracked tracked : pipeline) {
            roundEvents(calendar, tracked);
            for (final PlannedStep step : tracked.plan().steps()) {
                final VEvent event = new VEvent();
                event.setUid("followup-" + tracked.stored().id() + "-" + step.key().replaceAll("[^A-Za-z0-9#@_-]", "_"));
                event.setSummary(new Summary(step.describe(tracked.stored().roundCount() > 1) + " - "
                        + tracked.stored().interview().company()));
                final Instant start = step.at().toInstant();
                event.setDateStart(Date.from(start));
                event.setDateEnd(Date.from(start.plus(Duration.ofMinutes(15))));
                event.setDescription("Follow-up #" + tracked.number() + " for " + tracked.stored().interview().role()
                        + " at " + tracked.stored().interview().company());
                calendar.addEvent(event);
            }
        }
        return Biweekly.write(calendar).go();
    }

    /** One event per round of the application, at its time and for its length: "Interview, round 2 - Acme". */
    private static void roundEvents(final ICalendar calendar, final Tracked tracked) {
        final List<Interview> rounds = tracked.stored().interviews();
        for (int index = 0; index < rounds.size(); index++) {
            final Interview round = rounds.get(index);
            final VEvent event = new VEvent();
            event.setUid("followup-" + tracked.stored().id() + "-round-" + (index + 1));
            event.setSummary(new Summary((rounds.size() > 1 ? "Interview, round " + (index + 1) : "Interview") + " - "
                    + round.company()));
            event.setDateStart(Date.from(round.startsAt()));
            event.setDateEnd(Date.from(round.startsAt().plus(round.length())));
            event.setDescription(round.format().label() + " interview #" + tracked.number() + " for " + round.role()
                    + " at " + round.company());
            calendar.addEvent(event);
        }
    }
}
