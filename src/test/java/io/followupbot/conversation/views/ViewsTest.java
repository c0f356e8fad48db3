package io.followupbot.conversation.views;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How an interview, its plan and the pipeline read in the chat ({@code show}, {@code plan}, {@code list}). */
final class ViewsTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.newChat();
    private final Member member = CORE.arrive(ana.key(), "Ana").member();

    private void record(final List<Interviewer> people, final Optional<LocalDate> decision, final String addition,
                        final String pastResult) {
        core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst", TUESDAY_AFTERNOON,
                Duration.ofMinutes(45), InterviewFormat.ONSITE, people, decision, ContactChannel.PHONE, TUESDAY_EVENING, addition,
                pastResult));
    }

    private List<Outbound.Field> fields() {
        return ana.last().messages().stream().flatMap(message -> message.fields().stream()).toList();
    }

    private String field(final String label) {
        return fields().stream().filter(field -> field.label().equals(label)).map(Outbound.Field::value).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label + " in " + fields()));
    }

    @Test
    @DisplayName("GIVEN an interview with everything told WHEN shown THEN each interviewer reads name (title) "
            + "<email>: detail, the decision by its day, and the past result and the addition have their lines")
    void everythingToldIsShown() {
        record(List.of(new Interviewer("Ben Ode", "Head of Data", "ben@acme.test", "their dbt move"),
                Interviewer.named("Cleo Park")), Optional.of(LocalDate.of(2026, 3, 13)), "my portfolio link",
                "I halved our reporting time");

        ana.command("show 1");

        assertThat(field("Company")).isEqualTo("Acme Analytics");
        assertThat(field("When")).isEqualTo("Tuesday 10 March 2026 at 14:00");
        assertThat(field("Format")).isEqualTo("on-site");
        assertThat(field("Interviewers"))
                .isEqualTo("Ben Ode (Head of Data) <ben@acme.test>: their dbt move; Cleo Park");
        assertThat(field("Decision")).isEqualTo("by Friday 13 March 2026");
        assertThat(field("Past result")).isEqualTo("I halved our reporting time");
        assertThat(field("To add")).isEqualTo("my portfolio link");
        assertThat(field("Contact by")).isEqualTo("phone");
    }

    @Test
    @DisplayName("GIVEN an interview with nothing but its company and role WHEN shown THEN the interviewers are not "
            + "given, they didn't say a decision day, and no empty lines are shown")
    void whatWasNotToldSaysSo() {
        record(List.of(), Optional.empty(), "", "");

        ana.command("show 1");

        assertThat(field("Interviewers")).isEqualTo("not given");
        assertThat(field("Decision")).isEqualTo("they didn't say");
        assertThat(fields()).extracting(Outbound.Field::label).doesNotContain("Past result", "To add");
    }

    @Test
    @DisplayName("GIVEN the employer gave a new date WHEN shown THEN the decision is their latest date, said to be "
            + "their latest update, and the other lines are as they were")
    void theLatestDateReplacesTheFirst() {
        record(List.of(Interviewer.named("Ben Ode")), Optional.of(LocalDate.of(2026, 3, 13)), "", "");
        ana.command("heard 1 new-date Friday 20 March");

        ana.command("show 1");

        assertThat(field("Decision")).isEqualTo("by Friday 20 March 2026 (their latest update)");
        assertThat(field("Company")).isEqualTo("Acme Analytics");
    }

    @Test
    @DisplayName("GIVEN a step the member skipped WHEN the plan is shown THEN it is on one skipped line with why; "
            + "a step due now reads now")
    void theSkippedLineSaysWhy() {
        record(List.of(Interviewer.named("Ben Ode")), Optional.empty(), "", "");
        ana.command("skip 1 check_in");

        ana.command("plan 1");

        assertThat(field("skipped")).isEqualTo("status check-in (you said you'd skip it)");
        assertThat(fields()).extracting(Outbound.Field::label).contains("now");
    }

    @Test
    @DisplayName("GIVEN no interviews WHEN the member lists them THEN they are told how to add one, with the button")
    void anEmptyList() {
        ana.command("list");

        assertThat(ana.text()).startsWith("No interviews yet. Type /followup to tell me about one.");
        assertThat(ana.last().messages().get(0).buttons()).extracting(Button::value).containsExactly("new");
        assertThat(core.engine.pipeline(new MemberKey("web", "local", "nobody")).plainText())
                .startsWith("No interviews yet.");
    }

    @Test
    @DisplayName("GIVEN an open interview and an archived one WHEN listed THEN each reads its stage and next step, "
            + "or nothing planned, under its number, company and role")
    void theListReadsStageAndNextStep() {
        record(List.of(Interviewer.named("Ben Ode")), Optional.empty(), "", "");
        record(List.of(Interviewer.named("Ben Ode")), Optional.empty(), "", "");
        ana.command("archive 2");

        ana.command("list");

        assertThat(ana.last().messages().get(0).text()).isEqualTo("Your interviews:");
        assertThat(fields()).extracting(Outbound.Field::label)
                .containsExactly("#1 Acme Analytics - Data Analyst", "#2 Acme Analytics - Data Analyst");
        assertThat(fields().get(0).value()).startsWith("thank-you due - next: thank-you to Ben Ode, now");
        assertThat(fields().get(1).value()).isEqualTo("archived - nothing planned");
        assertThat(core.engine.pipeline(ana.key()).plainText()).isEqualTo(ana.text());
    }

    @Test
    @DisplayName("GIVEN an archived interview with nothing done WHEN its plan is shown THEN it says there is nothing "
            + "more to do; a plan with steps has no such line")
    void nothingMoreToDo() {
        record(List.of(Interviewer.named("Ben Ode")), Optional.empty(), "", "");
        ana.command("plan 1");
        assertThat(fields()).extracting(Outbound.Field::label).doesNotContain("plan");

        ana.command("archive 1");
        ana.command("plan 1");

        assertThat(field("plan")).isEqualTo("nothing more to do");
    }
}
