package io.followupbot.conversation.intake;

import static io.followupbot.conversation.intake.QuestionSpec.ask;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.TextLimits;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import io.followupbot.conversation.language.SentenceAnswers;

/**
 * The intake's questions, in the order the bot asks them: each says how it is asked and read, where the answer
 * goes in the notes, whether it may be skipped, the words that edit it at the summary, and when it is asked.
 * Adding a question is one entry here (and its test); the flow, the summary's edit words and the interruptions
 * follow from the list. The names are kept in a member's stored conversation: rename none.
 */
public enum IntakeQuestion {
    COMPANY(ask(at -> Outbound.text("Which company was the interview with?"))
            .reads(IntakeReaders.text(TextLimits.NAME, (draft, text) -> draft.withCompany(SentenceAnswers.company(text))))
            .editedAs("company").freeText("the company")),
    ROLE(ask(at -> Outbound.text("What's the role?"))
            .reads(IntakeReaders.text(TextLimits.NAME, (draft, text) -> draft.withRole(SentenceAnswers.role(text))))
            .editedAs("role").freeText("the role")),
    WHEN(ask(at -> Outbound.text("When was the interview, or when is it? For example \"today 2pm\", \"yesterday at "
                    + "10\", \"next Monday 9:30\" or \"2026-03-14 14:00\" (times in " + at.zone() + ")."))
            .reads(IntakeReaders::interviewTime)
            .editedAs("when", "date", "time").onTheSummary("summary.edit-when")),
    FORMAT(ask(at -> Outbound.text((at.upcoming() ? "Will it be" : "Was it") + " by phone, video or on-site?")
                    .withButtons(List.of(Button.of("Phone", "phone"), Button.of("Video", "video"),
                            Button.of("On-site", "on-site"))))
            .reads(IntakeReaders.oneOf(InterviewFormat::parse, IntakeNotes::withFormat,
                    "Was it by phone, video or on-site?"))
            .editedAs("format")),
    INTERVIEWERS(ask(at -> Outbound.text(at.upcoming()
                    ? "Who will interview you, if you know yet? Give each person as name, title, email, separated by "
                            + ";\nType skip if you don't know: I'll ask after the interview."
                    : "Who interviewed you? Give each person as name, title, email (title and email if you have "
                            + "them), separated by ;\nFor example: Ana Ruiz, Head of Data, ana@acme.com; Ben Ode"
                            + "\nEach gets their own thank-you. Type skip if you don't know."))
            .reads(IntakeReaders::interviewers).skippable(draft -> draft.withInterviewers(List.of()))
            .editedAs("interviewers", "people").freeText("an interviewer's name").onTheSummary("summary.edit-interviewers")
            .leadsOnAfterEdit()),
    DECISION(ask(at -> Outbound.text("Did they say when you'd hear back? For example \"by Friday\", \"end of next "
                    + "week\", \"in two weeks\" or \"they didn't say\".")
                    .withButtons(List.of(Button.of("They didn't say", "they didn't say"))))
            .reads(IntakeReaders::decisionDate).skippable(draft -> draft.withDecision(null))
            .editedAs("decision").onTheSummary("summary.edit-decision").afterTheInterview()),
    DETAIL(ask(at -> Outbound.text("What stood out in your conversation with " + MemberText.quote(at.interviewer().name())
                    + "? One specific thing (a project, a problem they mentioned, a shared interest) makes the "
                    + "thank-you yours. Or skip."))
            .reads(IntakeReaders::detail).skippable(UnaryOperator.identity())
            .editedAs("details", "detail").freeText("the detail").afterTheInterview().perInterviewer()),
    RESULT(ask(at -> Outbound.text("Did they mention a problem or a goal that something you've done before speaks "
                    + "to? Give me your result in a sentence, for example \"I cut our monthly close from ten days "
                    + "to four\", and the full thank-you will connect the two. Or skip."))
            .reads(IntakeReaders::pastResult).skippable(draft -> draft.withPastResult(""))
            .editedAs("result").freeText("your result").afterTheInterview()),
    ADDITION(ask(at -> Outbound.text("Anything you'd like to add or clarify from the interview, such as a better "
                    + "answer to a question? I'll weave it into the full thank-you. Or skip."))
            .reads((at, text) -> IntakeAnswer.ok(at.draft().withAddition(text))).skippable(draft -> draft.withAddition(""))
            .editedAs("addition", "add").freeText("what to add").afterTheInterview()),
    CHANNEL(ask(at -> Outbound.text("How do they prefer to be contacted?").withButtons(List.of(
                    Button.primary("Email", "email"), Button.of("Phone", "phone"), Button.of("LinkedIn", "linkedin"))))
            .reads(IntakeReaders.oneOf(ContactChannel::parse, IntakeNotes::withChannel, "Email, phone or LinkedIn?"))
            .skippable(draft -> draft.withChannel(ContactChannel.EMAIL))
            .editedAs("contact", "channel")),
    /** Not a question: the notes and their plan, to confirm or edit, shown by {@link IntakeSummary}, never asked. */
    SUMMARY(ask(at -> {
        throw new IllegalStateException("the summary is shown by IntakeSummary, not asked");
    }));

    private final QuestionSpec spec;

    IntakeQuestion(final QuestionSpec.Builder spec) {
        this.spec = spec.build();
    }

    QuestionSpec spec() {
        return spec;
    }

    /** Whether only the interview itself can answer it: asked after an interview entered in advance. */
    public boolean afterTheInterview() {
        return spec.afterTheInterview();
    }

    /**
     * Whether the notes already hold its answer: the role, time or format a sentence or an invite gave. (The company
     * is the first question: going forward never comes to it, so it is not asked here.)
     */
    boolean givenIn(final IntakeNotes draft) {
        return switch (this) {
            case ROLE -> draft.role() != null;
            case WHEN -> draft.startsAt() != null;
            case FORMAT -> draft.format() != null;
            default -> false;
        };
    }

    /** The question {@code edit <word>} at the summary opens. */
    static Optional<IntakeQuestion> edited(final String word) {
        for (final IntakeQuestion question : values()) {
            if (question.spec.editWords().contains(word)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** The parts a member can edit, by the first word of each: "company, role, when, ...". */
    static String editWords() {
        final StringBuilder words = new StringBuilder();
        for (final IntakeQuestion question : values()) {
            question.spec.editWords().stream().findFirst()
                    .ifPresent(word -> words.append(words.isEmpty() ? "" : ", ").append(word));
        }
        return words.toString();
    }
}
