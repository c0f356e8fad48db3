package io.followupbot.store.sealing;

import java.util.List;

/**
 * Every column that holds what a member typed, per table, with the table's primary key: the one list that the
 * store seals, {@code reseal} walks, the migration widens on PostgreSQL and the tests read raw.
 *
 * <p>{@code plan_steps.step_key} and {@code recipient} carry interviewers' names ({@code thank_you@Ana_Ruiz}); no
 * statement compares or sorts them in SQL (steps are ordered and matched in Java), so they are sealed like the
 * rest, with a random nonce, and need no deterministic scheme. Kinds, statuses, dates and ids stay in the clear:
 * the due-work query and the figures filter on them.
 */
public final class SealedColumns {

    /** A table's sealed columns and its primary key, whose values bind each sealed value to its row. */
    public record Table(String name, List<String> key, List<String> columns) {
    }

    /** The tables of schema version 10, which widened their columns on PostgreSQL. */
    public static final List<Table> AT_VERSION_10 = List.of(
            new Table("members", List.of("id"), List.of("display_name", "full_name", "signature")),
            new Table("interviews", List.of("id"), List.of("company", "role", "addition", "past_result")),
            new Table("interviewers", List.of("interview_id", "position"), List.of("name", "title", "email", "detail")),
            new Table("plan_steps", List.of("id"), List.of("step_key", "recipient")),
            new Table("conversations", List.of("member_id"), List.of("state")),
            new Table("events", List.of("id"), List.of("payload")),
            new Table("transcripts", List.of("member_id", "seq"), List.of("body")));

    /** Every sealed column: version 10's and the long button commands of version 12 (interviewers' names). */
    public static final List<Table> ALL = java.util.stream.Stream.concat(AT_VERSION_10.stream(),
            java.util.stream.Stream.of(new Table("button_ids", List.of("id"), List.of("command")))).toList();

    private SealedColumns() {
    }
}
