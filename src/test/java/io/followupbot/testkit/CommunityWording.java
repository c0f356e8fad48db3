package io.followupbot.testkit;

/** A community's own wording of a draft, for the tests of its admins: its own words, the checker's rules kept. */
public final class CommunityWording {

    /** A final check-in that passes the draft checker, recognisable by its first sentence. */
    public static final String FINAL_CHECK_IN = """
            Subject: {{role}} role: a short check-in

            {{greeting}}

            Our community coach suggested a brief note, so here it is. I enjoyed my {{interviewKind}} for the {{role}} \
            position at {{company}} on {{interviewDate}}, and I remain keen on the role.

            Would you be able to share where the decision stands, or when you expect to know more? I am happy to \
            provide anything else that would help.

            Thank you for your time.

            Best regards,
            {{name}}
            {{signature}}""";

    private CommunityWording() {
    }
}
