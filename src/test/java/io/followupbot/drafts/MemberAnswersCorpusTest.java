package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Drafts filled from a corpus of real-looking member answers")
final class MemberAnswersCorpusTest {

    /** Joins a reader stumbles on: a clause, a question or a chat preamble dropped into a sentence as it was typed. */
    static final List<Pattern> BAD_JOINS = List.of(
            Pattern.compile("(?i)\\b(?:about|of|described|discussing|regarding|on) (?:she|he|they|we|i|you) "
                    + "(?:described|explained|mentioned|said|told|talked|asked|showed|walked|is|was|are|were|has|have)\\b"),
            Pattern.compile("(?i)\\b(?:about|because of|described|discussing) (?:that|because|if|and|but|to) "),
            Pattern.compile("(?i)\\babout (?:is|are|was|were|do|does|did|can|could|would|will|should) "),
            Pattern.compile("(?i)\\babout (?:how|what|why|when|where|whether) (?:do|does|did|is|are|can|would|will) "
                    + "(?:you|they|she|he|we|i)\\b"),
            Pattern.compile("(?i)\\b(?:about|on) (?:about|re|talking about|discussing|what stood out)\\b"),
            Pattern.compile("(?i)\\b(?:answers|add)\\. I(?:'d| would)(?: like to)? add\\b"),
            Pattern.compile("(?i)\\bmention (?:I|we|she|he|they) "),
            Pattern.compile("(?i)\\b(?:you|we|they) (?:is|was|has|does)\\b"),
            Pattern.compile("(?i)\\byou (?:leads|runs|uses|needs|wants|explains|describes)\\b"),
            Pattern.compile("(?i)\\b(\\p{L}{2,}) \\1\\b"),
            Pattern.compile("\\?[,.]"),
            Pattern.compile("(?i)\\b\\w+s's\\b"),
            Pattern.compile("[*_~`]"),
            Pattern.compile("\\.\\."),
            Pattern.compile(" [,.]"),
            Pattern.compile("(?i)\\b(?:the|a|an|of|to|and|with) [,.]"));

    private final DraftRenderer renderer = DraftRenderer.builtIn();
    private final DraftChecker checker = new DraftChecker();

    static List<String> answers() throws IOException {
        try (InputStream in = MemberAnswersCorpusTest.class.getResourceAsStream("/drafts/member-answers.txt")) {
            final List<String> answers = new ArrayList<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    answers.add(line.replace("\\n", "\n"));
                }
            }
            return answers;
        }
    }

    @Test
    @DisplayName("the corpus holds at least 200 answers")
    void theCorpusIsLargeEnough() throws IOException {
        assertThat(answers()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    @DisplayName("every answer, as a detail, an addition or a past result, gives drafts that pass the checker with no bad join")
    void everyAnswerInEveryDraftKindReadsWell() throws IOException {
        final List<String> problems = new ArrayList<>();
        // A draft whose wording has no slot for the answer (a check-in, an offer reply) comes out the same for
        // every answer: it is read once. Thank-yous are always read, as the detail itself is checked for them.
        final Set<String> read = new HashSet<>();
        for (final String answer : answers()) {
            final Interviewer ana = SampleInterviews.ANA.withDetail(answer);
            final Interview full = SampleInterviews.full();
            final Interview interview = new Interview(full.company(), full.role(), full.startsAt(), full.length(),
                    full.format(), List.of(ana, SampleInterviews.BEN), full.decisionDate(), full.channel(),
                    full.recordedAt(), answer, "");
            for (final DraftKind kind : DraftKind.values()) {
                DraftContext context = DraftContext.of(interview, SampleInterviews.member()).withResult(answer)
                        .withNote(answer);
                context = kind.isPerInterviewer() || kind == DraftKind.VALUE_ADD ? context.to(ana) : context;
                context = kind == DraftKind.REPLY_UPDATE || kind == DraftKind.COMPETING_OFFER
                        || kind == DraftKind.OFFER_ASK_TIME ? context.withDate(LocalDate.of(2026, 3, 27)) : context;
                final Draft draft = renderer.render(kind, context);
                if (!kind.isThankYou() && !read.add(kind.key() + "\n" + draft.text())) {
                    continue;
                }
                CheckContext check = CheckContext.forDraft(kind, interview, LocalDate.of(2026, 3, 16));
                if (context.to().isPresent()) {
                    check = check.withRecipient(ana);
                }
                final List<Finding> findings = checker.check(draft.text(), check);
                final List<String> joins = BAD_JOINS.stream().map(bad -> bad.matcher(draft.text()))
                        .filter(Matcher::find).map(Matcher::group).toList();
                if (!findings.isEmpty() || !joins.isEmpty()) {
                    problems.add(kind.key() + " <- \"" + answer + "\": " + findings.stream()
                            .map(finding -> finding.rule().key() + " " + finding.reason()).toList() + " " + joins
                            + "\n" + draft.text().replaceAll("(?m)^", "    "));
                }
            }
        }
        assertThat(problems).as(problems.size() + " drafts read badly:\n" + String.join("\n", problems.subList(0,
                Math.min(15, problems.size())))).isEmpty();
    }
}
