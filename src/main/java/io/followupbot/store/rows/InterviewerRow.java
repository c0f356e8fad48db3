package io.followupbot.store.rows;

/** One row of {@code interviewers}. */
public record InterviewerRow(String interviewId, int position, String name, String title, String email,
                             String detail) {
}
