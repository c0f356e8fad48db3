package io.followupbot.followup;

import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.TextLimits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editing an interview by a form: company, role, the decision date and the member's past result, each
 * optional (empty, or as shown, keeps the value). The values are checked as the intake checks them; one
 * refused and nothing is stored.
 */
public final class InterviewForms {

    public static final String COMPANY = "company";
    public static final String ROLE = "role";
    public static final String DECISION = "decision";
    public static final String RESULT = "result";
    /** The fields, in the order every platform shows them. */
    public static final List<String> FIELDS = List.of(COMPANY, ROLE, DECISION, RESULT);

    private final FollowUps followUps;
    private final Members members;
    private final LooseDateParser dates;
    private final Clock clock;
    private final Wording words;

    public InterviewForms(final FollowUps followUps, final Members members, final LooseDateParser dates,
                          final Clock clock, final Wording words) {
        this.words = words;
        this.followUps = followUps;
        this.members = members;
        this.dates = dates;
        this.clock = clock;
    }

    /** The form of the member's interview as it stands now (the decision is the employer's latest date). */
    public Optional<Form> form(final MemberKey key, final int number) {
        return members.find(key).flatMap(member -> followUps.find(member, number))
                .map(tracked -> formOf(number, values(tracked), words));
    }

    /** The form of interview {@code number} showing these values by field key. */
    public static Form formOf(final int number, final Map<String, String> values, final Wording words) {
        return new Form(words.format("edit.title", number), FIELDS.stream().map(field -> new Form.FormField(field,
                words.text("edit." + field), field.equals(RESULT) ? TextLimits.RESULT : TextLimits.NAME,
                field.equals(RESULT), values.getOrDefault(field, ""), List.of())).toList());
    }

    private static Map<String, String> values(final Tracked tracked) {
        final Interview interview = tracked.stored().interview();
        final Map<String, String> values = new LinkedHashMap<>();
        values.put(COMPANY, interview.company());
        values.put(ROLE, interview.role());
        values.put(DECISION, tracked.decisionDate().map(LocalDate::toString).orElse(""));
        values.put(RESULT, interview.pastResult());
        return values;
    }

    /** Saves what changed, replanned; refused by field key; unchanged when every field was empty or as shown. */
    public FormResult submit(final MemberKey key, final int number, final Map<String, String> submitted) {
        final Optional<Member> member = members.find(key);
        final Optional<Tracked> found = member.flatMap(known -> followUps.find(known, number));
        if (found.isEmpty()) {
            return new FormResult.NotFound(number);
        }
        final Map<String, String> shown = values(found.get());
        final Map<String, String> changed = new LinkedHashMap<>();
        for (final String field : FIELDS) {
            final String value = submitted.getOrDefault(field, "").strip();
            if (!value.isEmpty() && !value.equals(shown.get(field).strip())) {
                changed.put(field, value);
            }
        }
        if (changed.isEmpty()) {
            return new FormResult.Unchanged();
        }
        final Map<String, String> problems = new LinkedHashMap<>();
        final Interview edited = edited(member.get(), found.get().stored().interview(), changed, problems);
        if (!problems.isEmpty()) {
            return new FormResult.Refused(problems);
        }
        return followUps.edit(member.get(), number, edited).<FormResult>map(tracked ->
                new FormResult.InterviewSaved(afterDebrief(member.get(), tracked)))
                .orElseGet(() -> new FormResult.NotFound(number));
    }

    private Interview edited(final Member member, final Interview original, final Map<String, String> changed,
                             final Map<String, String> problems) {
        final String company = Optional.ofNullable(changed.get(COMPANY))
                .map(text -> TextLimits.cap(text, TextLimits.NAME)).orElse(original.company());
        final String role = Optional.ofNullable(changed.get(ROLE))
                .map(text -> TextLimits.cap(text, TextLimits.NAME)).orElse(original.role());
        Optional<LocalDate> decision = original.decisionDate();
        if (changed.containsKey(DECISION)) {
            final DateAnswer<LocalDate> parsed = dates.parseDecisionDate(changed.get(DECISION), original.startsAt(),
                    member.settings().zone(), member.settings().country());
            if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
                decision = Optional.of(date.value());
            } else if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
                problems.put(DECISION, ask.question());
            } else if (parsed instanceof DateAnswer.Invalid<LocalDate> invalid) {
                problems.put(DECISION, invalid.message());
            } else {
                decision = Optional.empty();
            }
        }
        final String result = changed.getOrDefault(RESULT, original.pastResult());
        if (result.length() > TextLimits.RESULT) {
            problems.put(RESULT, "That's more than the full thank-you has room for: one or two sentences, up to "
                    + TextLimits.RESULT + " characters (yours has " + result.length() + "). Could you shorten it?");
        }
        return new Interview(company, role, original.startsAt(), original.length(), original.format(),
                original.interviewers(), decision, original.channel(), original.recordedAt(), original.addition(),
                result);
    }

    /** Edited after the interview ended: the debrief it planned is behind the member, as the intake does. */
    private Tracked afterDebrief(final Member member, final Tracked tracked) {
        if (tracked.plan().steps(StepKind.DEBRIEF).isEmpty()
                || clock.instant().isBefore(tracked.stored().interview().endsAt())) {
            return tracked;
        }
        return followUps.report(member, tracked.number(), new InterviewEvent.Sent(clock.instant(), StepKind.DEBRIEF,
                Optional.empty())).orElse(tracked);
    }
}
