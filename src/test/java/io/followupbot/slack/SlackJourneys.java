package io.followupbot.slack;

/** Journeys Slack tests start from, typed through the emulator as a new member types them. */
final class SlackJourneys {

    private SlackJourneys() {
    }

    /**
     * A new member's first interview at Acme Analytics for Data Analyst, started with a bare /followup in a channel,
     * with one interviewer who gave no decision date, through every question to "Saved as #1".
     */
    static void firstInterview(final SlackMember member, final String when, final String format,
            final String interviewer) {
        toTheFormat(member, "Ana Ruiz | ana@example.com", "Acme Analytics", "Data Analyst", when);
        member.click(format, "Who interviewed you");
        member.say(interviewer, "hear back");
        member.say("they didn't say", "conversation with " + interviewer.split(",")[0]);
        saved(member, "skip", "Saved as #1");
    }

    /**
     * A new member's interview today at 2pm at Acme Analytics for Data Analyst, by video, with Ben Ode (his email in a
     * mailto link) and Cleo Park, news by Friday, through every question to "Saved as #1".
     */
    static void interviewToday(final SlackMember member) {
        toTheFormat(member, "Ana Ruiz | +1 555 0100 | <mailto:ana@example.com|ana@example.com>", "Acme Analytics",
                "Data Analyst", "today 2pm");
        member.click("Video", "Who interviewed you");
        member.say("Ben Ode, Head of Data, <mailto:ben@acme.test|ben@acme.test>; Cleo Park, Recruiter", "Noted 2 interviewers");
        member.say("by Friday", "conversation with Ben Ode");
        member.say("their move from spreadsheets to dbt", "conversation with Cleo Park");
        saved(member, "how they hire for curiosity", "Saved as #1");
    }

    /**
     * A new member's intake from a bare /followup in a channel to the question how the interview is held: their
     * signature, the company, the role and when, as typed. Returns what the bot sent after the last of them.
     */
    static String toTheFormat(final SlackMember member, final String signature, final String company,
            final String role, final String when) {
        toTheCompany(member, signature);
        member.say(company, "role");
        member.say(role, "When was the interview");
        return member.say(when, "phone, video or on-site");
    }

    /**
     * A new member's first steps, from a bare /followup in a channel to the intake's first question: their signature,
     * then "Which company".
     */
    static void toTheCompany(final SlackMember member, final String signature) {
        member.command("C1", null, "How should I sign");
        member.say(signature, "Which company");
    }

    /**
     * The intake's last questions: {@code answer} to the one before "something you've done before" (a note on the
     * last interviewer, or the decision date when no interviewer was named), then nothing done before, nothing to add
     * or clarify, and the interviewers prefer email. Returns the summary, which asks "Save it?".
     */
    static String toTheSummary(final SlackMember member, final String answer) {
        member.say(answer, "something you've done before");
        member.say("skip", "add or clarify");
        member.say("skip", "How do they prefer to be contacted?");
        return member.click("Email", "Save it?");
    }

    /**
     * The intake's last questions as {@link #toTheSummary}, then Confirm. Returns what the bot sent, which says
     * {@code saved} (e.g. "Saved as #1").
     */
    static String saved(final SlackMember member, final String answer, final String saved) {
        toTheSummary(member, answer);
        return member.click("Confirm", saved);
    }
}
