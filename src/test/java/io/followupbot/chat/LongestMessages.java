package io.followupbot.chat;

import io.followupbot.drafts.Draft;
import io.followupbot.drafts.DraftContext;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The longest messages the bot can send: every answer at the intake's 2,000-character limit, full of the
 * member's own markup ({@code *Robotics*}, backticks, code fences), three interviewers, every button.
 */
public final class LongestMessages {

    /** The intake's longest answer. */
    public static final int LONGEST_ANSWER = 2000;

    private LongestMessages() {
    }

    public static String answer(final String start) {
        final StringBuilder text = new StringBuilder(start);
        final String filler = " and *Robotics* `dbt` ``` _stuff_ ~x~ > quote <@U1> dolor sit amet, consectetur";
        while (text.length() < LONGEST_ANSWER) {
            text.append(filler);
        }
        return text.substring(0, LONGEST_ANSWER);
    }

    public static Interview interview() {
        final List<Interviewer> people = new ArrayList<>();
        for (final String name : List.of("Ana", "Ben", "Cleo")) {
            people.add(new Interviewer(name + " " + "Ruiz-Okafor".repeat(18).substring(0, 190), "Head of *Data* ".repeat(13),
                    name.toLowerCase() + "@acme.example", answer("she described how the team is migrating")));
        }
        return new Interview("*Robotics* " + "Acme ".repeat(38), "Data `Engineer` ".repeat(12), Instant.parse("2026-03-10T14:00:00Z"),
                Duration.ofMinutes(60), InterviewFormat.VIDEO, people, Optional.of(LocalDate.of(2026, 3, 13)),
                ContactChannel.EMAIL, Instant.parse("2026-03-08T10:00:00Z"), answer("I'd add that I led"), answer("I cut costs"));
    }

    public static MemberSettings member() {
        return MemberSettings.defaults(ZoneId.of("Europe/London"), "GB")
                .withName("Maya " + "Lindqvist-".repeat(19), ("+44 20 7946 0958\nmaya@example.com\n").repeat(15));
    }

    /** A summary of the interview, as the intake shows it before saving, with its buttons. */
    public static Outbound summary() {
        final Interview interview = interview();
        final StringBuilder people = new StringBuilder();
        for (final Interviewer person : interview.interviewers()) {
            people.append(person.name()).append(" (").append(person.title()).append(") <").append(person.email())
                    .append(">: ").append(person.detail()).append("; ");
        }
        final List<Outbound.Field> fields = List.of(new Outbound.Field("Company", interview.company()),
                new Outbound.Field("Role", interview.role()), new Outbound.Field("Interviewers", people.toString()),
                new Outbound.Field("Past result", interview.pastResult()), new Outbound.Field("To add", interview.addition()));
        final List<Button> buttons = new ArrayList<>();
        for (int index = 0; index < 25; index++) {
            buttons.add(Button.of("A very long button label number " + index + " ".repeat(10) + "x".repeat(60),
                    "edit 999999 interviewers " + "x".repeat(1990)));
        }
        return Outbound.text("Here's what I have for *Robotics*, and the plan it gives. Save it?").withFields(fields)
                .withButtons(buttons);
    }

    /** Every draft kind for the longest interview, each with a checker note, as the bot sends a draft. */
    public static List<Outbound> drafts() {
        final List<Outbound> drafts = new ArrayList<>();
        final DraftRenderer renderer = DraftRenderer.builtIn();
        for (final DraftKind kind : DraftKind.values()) {
            final DraftContext context = DraftContext.of(interview(), member()).to(interview().interviewers().get(0))
                    .withDate(LocalDate.of(2026, 3, 27)).withNote(answer("an article")).withResult(answer("I cut"));
            final Draft draft = renderer.render(kind, context);
            drafts.add(Outbound.text("Here's a draft (" + kind.key() + ") for #999999 " + interview().company()
                    + ". Make it yours, then send it.\nNote: " + answer("a finding"))
                    .withDraft(new Outbound.DraftBlock(kind.key(), draft.to(), draft.subject(),
                            draft.body() + "\n" + answer("```a member's own fence") + "\n" + answer("tail"))));
        }
        return drafts;
    }
}
