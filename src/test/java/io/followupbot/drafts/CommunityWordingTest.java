package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Template values and a community's own wording")
final class CommunityWordingTest {

    private static final MemberKey MAYA = new MemberKey("slack", "T1", "U1");
    private static final MemberKey OLA = new MemberKey("slack", "T2", "U2");
    private static final String OWN_THANK_YOU = """
            Subject: Thanks, {{recipientName}}

            Dear {{recipientFirstName}} ({{recipientTitle}}),

            Thank you for {{meetingMe}} about the {{role}} position at {{company}}.

            {{name}}
            """;

    private final DraftRenderer builtIn = DraftRenderer.builtIn();

    private static Interview withInterviewers(final String role, final List<Interviewer> people) {
        final Interview full = SampleInterviews.full();
        return new Interview(full.company(), role, full.startsAt(), full.length(), full.format(), people,
                full.decisionDate(), full.channel(), full.recordedAt(), "", "");
    }

    @Test
    @DisplayName("a community's thank-you may use the recipient's full name and title; its other kinds stay built-in")
    void aCommunityWording() {
        final DraftRenderer community = builtIn.withWording(Map.of(DraftKind.THANK_YOU_SHORT, OWN_THANK_YOU));
        final Draft thankYou = community.render(DraftKind.THANK_YOU_SHORT,
                DraftContext.of(SampleInterviews.full(), SampleInterviews.member()).to(SampleInterviews.ANA));
        assertThat(thankYou.subject()).contains("Thanks, Ana Ruiz");
        assertThat(thankYou.body()).startsWith("Dear Ana (Engineering Manager),\n\nThank you for meeting me about the "
                + "Data Engineer position at Acme Analytics.");
        final DraftContext panel = DraftContext.of(SampleInterviews.full(), SampleInterviews.member());
        assertThat(community.render(DraftKind.CHECK_IN, panel)).isEqualTo(builtIn.render(DraftKind.CHECK_IN, panel));
    }

    @Test
    @DisplayName("each member gets the wording of their own community, or the built-in one")
    void wordingPerMember() {
        final DraftRenderer renderer = DraftRenderer.builtIn();
        final DraftRenderer community = renderer.withWording(Map.of(DraftKind.THANK_YOU_SHORT, OWN_THANK_YOU));
        renderer.useWordings(member -> member.equals(MAYA) ? Optional.of(community) : Optional.empty());
        final DraftContext context = DraftContext.of(SampleInterviews.full(), SampleInterviews.member())
                .to(SampleInterviews.ANA);
        assertThat(renderer.render(MAYA, DraftKind.THANK_YOU_SHORT, context).subject()).contains("Thanks, Ana Ruiz");
        assertThat(renderer.render(OLA, DraftKind.THANK_YOU_SHORT, context))
                .isEqualTo(builtIn.render(DraftKind.THANK_YOU_SHORT, context));
    }

    @Test
    @DisplayName("after a phone interview the thank-you is for \"speaking with me\", otherwise for \"meeting me\"")
    void speakingOrMeeting() {
        final DraftContext byPhone = DraftContext.of(SampleInterviews.phone(), SampleInterviews.member())
                .to(SampleInterviews.ANA);
        final DraftContext byVideo = DraftContext.of(SampleInterviews.full(), SampleInterviews.member())
                .to(SampleInterviews.ANA);
        assertThat(builtIn.render(DraftKind.THANK_YOU_SHORT, byPhone).body()).contains("Thank you for speaking with me");
        assertThat(builtIn.render(DraftKind.THANK_YOU_SHORT, byVideo).body()).contains("Thank you for meeting me");
    }

    @Test
    @DisplayName("a message to the panel uses the first detail anyone noted, and every interviewer's name becomes \"you\"")
    void aMessageToThePanel() {
        final Interview interview = withInterviewers("Data Engineer",
                List.of(Interviewer.named("Ana Ruiz"), SampleInterviews.BEN));
        final DraftContext panel = DraftContext.of(interview, SampleInterviews.member());
        assertThat(TemplateValues.detail(panel)).isEqualTo(SampleInterviews.BEN.detail());
        assertThat(TemplateValues.names(panel)).containsExactly("Ana Ruiz", "Ana", "Ben Okafor", "Ben");
        assertThat(TemplateValues.names(panel.to(SampleInterviews.BEN))).containsExactly("Ben Okafor", "Ben");
    }

    @Test
    @DisplayName("the greeting names everyone known by name: one name alone, or the team when nobody is")
    void greetingNamesOnlyNamedPeople() {
        final Interview oneNamed = withInterviewers("Data Engineer", List.of(Interviewer.named("Ana Ruiz")));
        assertThat(TemplateValues.greeting(DraftContext.of(oneNamed, SampleInterviews.member()))).isEqualTo("Dear Ana,");
        final Interview oneUnnamed = withInterviewers("Data Engineer",
                List.of(SampleInterviews.ANA, Interviewer.named(" ")));
        assertThat(TemplateValues.greeting(DraftContext.of(oneUnnamed, SampleInterviews.member()))).isEqualTo("Dear Ana,");
        final Interview three = withInterviewers("Data Engineer",
                List.of(SampleInterviews.ANA, SampleInterviews.BEN, Interviewer.named("Carla Diaz")));
        assertThat(TemplateValues.greeting(DraftContext.of(three, SampleInterviews.member())))
                .isEqualTo("Dear Ana, Ben and Carla,");
    }

    @Test
    @DisplayName("a LinkedIn note of exactly 299 characters keeps its facts; at 300 they are dropped to fit")
    void linkedInLimit() {
        final DraftRenderer community = builtIn.withWording(Map.of(DraftKind.LINKEDIN_NOTE, "{{role}}"));
        final DraftContext fits = DraftContext.of(withInterviewers("r".repeat(299), List.of(SampleInterviews.ANA)),
                SampleInterviews.member());
        final DraftContext over = DraftContext.of(withInterviewers("r".repeat(300), List.of(SampleInterviews.ANA)),
                SampleInterviews.member());
        assertThat(community.render(DraftKind.LINKEDIN_NOTE, fits).body()).hasSize(299);
        assertThat(community.render(DraftKind.LINKEDIN_NOTE, over).body()).isEmpty();
    }
}
