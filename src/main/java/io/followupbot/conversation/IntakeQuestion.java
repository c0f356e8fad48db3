package io.followupbot.conversation;

/** The questions of the intake, in the order the bot asks them. */
public enum IntakeQuestion {
    COMPANY(false),
    ROLE(false),
    WHEN(false),
    FORMAT(false),
    INTERVIEWERS(true),
    DECISION(true),
    DETAIL(true),
    RESULT(true),
    ADDITION(true),
    CHANNEL(true),
    SUMMARY(false);

    private final boolean skippable;

    IntakeQuestion(final boolean skippable) {
        this.skippable = skippable;
    }

    public boolean skippable() {
        return skippable;
    }

    /** Whether only the interview itself can answer it: asked after an interview entered in advance. */
    public boolean afterTheInterview() {
        return this == DECISION || this == DETAIL || this == RESULT || this == ADDITION;
    }
}
