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
        member.command("C1", null, "How should I sign");
        member.say("Ana Ruiz | ana@example.com", "Which company");
        member.say("Acme Analytics", "role");
        member.say("Data Analyst", "When was the interview");
        member.say(when, "phone, video or on-site");
        member.click(format, "Who interviewed you");
        member.say(interviewer, "hear back");
        member.say("they didn't say", "conversation with " + interviewer.split(",")[0]);
        member.say("skip", "something you've done before");
        member.say("skip", "add or clarify");
        member.say("skip", "How do they prefer to be contacted?");
        member.click("Email", "Save it?");
        member.click("Confirm", "Saved as #1");
    }
}
