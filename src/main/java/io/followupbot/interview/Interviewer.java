package io.followupbot.interview;

import java.util.Objects;

/**
 * One person the member met. {@code detail} is what stood out in the conversation with them: the
 * specific point that keeps a thank-you from being generic. Title, email and detail may be empty.
 */
public record Interviewer(String name, String title, String email, String detail) {

    public Interviewer {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        email = email == null ? "" : email;
        detail = detail == null ? "" : detail;
    }

    public static Interviewer named(final String name) {
        return new Interviewer(name, "", "", "");
    }

    public Interviewer withDetail(final String newDetail) {
        return new Interviewer(name, title, email, newDetail);
    }

    /** "Ana" from "Ana Ruiz", for a greeting. */
    public String firstName() {
        final String trimmed = name.strip();
        final int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
