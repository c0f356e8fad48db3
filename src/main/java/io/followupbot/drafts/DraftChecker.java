package io.followupbot.drafts;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft the way a careful friend would before it is sent, and lists the mistakes of the rules'
 * section 4. At most one finding per rule, in the order of {@link FindingRule}. Heuristics lean towards
 * silence: every built-in draft, filled for a real interview, passes clean.
 */
public final class DraftChecker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public List<Finding> check(final String text, final CheckContext context) {
        final MessageParts parts = MessageParts.of(text);
        final List<Finding> findings = new ArrayList<>();
        context.kind().filter(DraftKind::isCheckIn).ifPresent(kind -> findings.addAll(timing(context)));
        pushy(text).ifPresent(findings::add);
        informal(text).ifPresent(findings::add);
        emoji(text).ifPresent(findings::add);
        exclamations(text).ifPresent(findings::add);
        placeholders(text).ifPresent(findings::add);
        typos(text).ifPresent(findings::add);
        missingCompany(text, context).ifPresent(findings::add);
        wrongCompany(text, context).ifPresent(findings::add);
        wrongName(parts, context).ifPresent(findings::add);
        noDetail(parts, context).ifPresent(findings::add);
        criticism(text).ifPresent(findings::add);
        oversharing(text).ifPresent(findings::add);
        overExplaining(text).ifPresent(findings::add);
        context.kind().flatMap(kind -> length(text, kind)).ifPresent(findings::add);
        findings.addAll(ReaderChecks.check(text, parts, context));
        findings.sort(Comparator.comparing(Finding::rule));
        return List.copyOf(findings);
    }

    private static List<Finding> timing(final CheckContext context) {
        final List<Finding> findings = new ArrayList<>();
        final LocalDate sendDate = context.sendDate();
        context.statedDecisionDate().filter(decision -> !sendDate.isAfter(decision)).ifPresent(decision ->
                findings.add(new Finding(FindingRule.CHECK_IN_TOO_EARLY,
                        "They said they would decide by " + DAY.format(decision) + ", which has not passed yet.",
                        "Wait and check in from " + DAY.format(decision.plusDays(1)) + " at the earliest.")));
        context.lastCheckIn().filter(last -> sendDate.isBefore(last.plusDays(Cadence.DAYS_BETWEEN_CHECK_INS))).ifPresent(last ->
                findings.add(new Finding(FindingRule.CHECK_IN_TOO_SOON,
                        "Your last check-in went out on " + DAY.format(last) + ", less than a week ago.",
                        "Leave at least a week between check-ins: wait until "
                                + DAY.format(last.plusDays(Cadence.DAYS_BETWEEN_CHECK_INS)) + ".")));
        return findings;
    }

    private static Optional<Finding> pushy(final String text) {
        final Set<String> found = new LinkedHashSet<>();
        for (final Pattern pattern : Wordlists.PUSHY) {
            found.addAll(matches(pattern, text));
        }
        for (final String sentence : PlainText.sentences(text)) {
            final Matcher urgent = Wordlists.URGENT.matcher(sentence);
            if (urgent.find() && Wordlists.ABOUT_THEIR_ANSWER.matcher(sentence).find()) {
                found.add(urgent.group());
            }
        }
        return finding(FindingRule.PUSHY, found, "Sounds demanding: ",
                "Ask, do not demand: \"Could you share an update on the timeline when you can?\"");
    }

    private static Optional<Finding> informal(final String text) {
        final Set<String> found = new LinkedHashSet<>(matches(Wordlists.INFORMAL_WORDS, text));
        found.addAll(matches(Wordlists.INFORMAL_SHORTHAND, text));
        return finding(FindingRule.INFORMAL, found, "Too casual for a follow-up: ",
                "Write it out in full and keep a professional tone, e.g. \"Dear Ana,\" rather than \"Hey\".");
    }

    private static Optional<Finding> emoji(final String text) {
        final Set<String> found = new LinkedHashSet<>(matches(Wordlists.EMOTICON, text));
        text.codePoints().filter(DraftChecker::isEmoji).forEach(point -> found.add(Character.toString(point)));
        return finding(FindingRule.EMOJI, found, "Contains emoji: ", "Remove them; let the words carry the warmth.");
    }

    private static boolean isEmoji(final int point) {
        return point >= 0x1F000 && point <= 0x1FAFF || point >= 0x2600 && point <= 0x27BF
                || point >= 0x2B00 && point <= 0x2BFF || point == 0xFE0F || point == 0x200D;
    }

    private static Optional<Finding> exclamations(final String text) {
        final long count = text.chars().filter(character -> character == '!').count();
        if (count < 2) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingRule.EXCLAMATIONS, count + " exclamation marks read as over-excited.",
                "Keep at most one, or none; full stops sound calmer and more confident."));
    }

    private static Optional<Finding> placeholders(final String text) {
        final Set<String> found = new LinkedHashSet<>();
        for (final Pattern pattern : Wordlists.PLACEHOLDERS) {
            found.addAll(matches(pattern, text));
        }
        return finding(FindingRule.PLACEHOLDER, found, "Unfilled placeholder: ",
                "Replace it with the real name, date or detail, or delete the sentence.");
    }

    private static Optional<Finding> typos(final String text) {
        final Set<String> found = new LinkedHashSet<>();
        final Set<String> fixes = new LinkedHashSet<>();
        for (final String word : PlainText.words(text)) {
            final String fix = Wordlists.TYPOS.get(word.toLowerCase(Locale.ROOT));
            if (fix != null) {
                found.add(word);
                fixes.add("\"" + word + "\" -> \"" + fix + "\"");
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Finding(FindingRule.TYPO,
                "Possible typo: " + quoted(found) + ".", "Correct " + String.join(", ", fixes) + "."));
    }

    private static Optional<Finding> missingCompany(final String text, final CheckContext context) {
        final Optional<DraftKind> kind = context.kind().filter(k -> k.isThankYou() || k.isCheckIn());
        if (kind.isEmpty() || context.interview().isEmpty()) {
            return Optional.empty();
        }
        final String company = context.interview().get().company();
        if (company.isBlank() || Companies.mentioned(text, company)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingRule.MISSING_COMPANY, "The message never names " + company + ".",
                "Name " + company + " and the role, so they know at once which interview you mean."));
    }

    private static Optional<Finding> wrongCompany(final String text, final CheckContext context) {
        if (context.kind().filter(kind -> kind == DraftKind.COMPETING_OFFER).isPresent()) {
            return Optional.empty();
        }
        final String company = context.interview().map(Interview::company).orElse("");
        final Set<String> found = new LinkedHashSet<>();
        for (final String other : context.otherCompanies()) {
            final boolean partOfOurs = !company.isBlank() && Companies.namedInFull(company, other);
            if (!other.isBlank() && !partOfOurs && Companies.namedInFull(text, other)) {
                found.add(Companies.core(other));
            }
        }
        final String suggestion = company.isBlank() ? "Check that every company name is the right one."
                : "This message is for " + company + "; check every name copied from another application.";
        return finding(FindingRule.WRONG_COMPANY, found, "Names another company you applied to: ", suggestion);
    }

    private static Optional<Finding> wrongName(final MessageParts parts, final CheckContext context) {
        final List<Interviewer> allowed = context.recipient().map(List::of)
                .orElseGet(() -> context.interview().map(Interview::interviewers).orElse(List.of()));
        if (allowed.isEmpty() || parts.greetingTarget().isEmpty()) {
            return Optional.empty();
        }
        final String target = parts.greetingTarget().get();
        final Set<String> unknown = new LinkedHashSet<>();
        for (final String name : target.split("\\s*(?:,|&|\\band\\b)\\s*")) {
            if (!name.isBlank() && !namesSomeone(name, allowed, context)) {
                unknown.add(name.strip());
            }
        }
        final String expected = String.join(" or ", allowed.stream().map(Interviewer::name).toList());
        return finding(FindingRule.WRONG_NAME, unknown, "The greeting names someone you did not meet: ",
                "Address " + expected + ", and check the spelling.");
    }

    private static boolean namesSomeone(final String greeted, final List<Interviewer> allowed,
            final CheckContext context) {
        final List<String> words = new ArrayList<>();
        for (final String word : PlainText.words(greeted)) {
            final String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (!Wordlists.HONORIFICS.contains(lower)) {
                words.add(lower);
            }
        }
        if (words.isEmpty() || words.stream().anyMatch(Wordlists.GROUP_WORDS::contains)) {
            return true;
        }
        final String company = context.interview().map(Interview::company).orElse("");
        if (!company.isBlank() && Companies.mentioned(greeted, company)) {
            return true;
        }
        for (final Interviewer person : allowed) {
            final Set<String> nameParts = new LinkedHashSet<>();
            PlainText.words(person.name()).forEach(part -> nameParts.add(part.toLowerCase(Locale.ROOT)));
            if (nameParts.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Finding> noDetail(final MessageParts parts, final CheckContext context) {
        if (context.kind().filter(DraftKind::isThankYou).isEmpty() || Specificity.isSpecific(parts.content(), context)) {
            return Optional.empty();
        }
        final String detail = context.recipient().map(Interviewer::detail).filter(text -> !text.isBlank())
                .map(text -> "You noted \"" + text + "\": mention it in your own words.")
                .orElse("Mention one thing you discussed, e.g. a project, a problem they face or a question they asked.");
        return Optional.of(new Finding(FindingRule.NO_SPECIFIC_DETAIL,
                "Nothing in it shows what you talked about; it could go to anyone.", detail));
    }

    private static Optional<Finding> criticism(final String text) {
        final Set<String> found = new LinkedHashSet<>(matches(Wordlists.HARSH, text));
        for (final String sentence : PlainText.sentences(text)) {
            if (Wordlists.FORMER_EMPLOYER.matcher(sentence).find()) {
                found.addAll(matches(Wordlists.NEGATIVE, sentence));
            }
        }
        return finding(FindingRule.CRITICISM, found, "Criticises a former employer or colleague: ",
                "Leave it out, or say what you learned and what you are looking for next.");
    }

    private static Optional<Finding> oversharing(final String text) {
        return finding(FindingRule.OVERSHARING, new LinkedHashSet<>(matches(Wordlists.OVERSHARING, text)),
                "Shares personal matters: ", "Keep private life out of it; the message is about the role.");
    }

    private static Optional<Finding> overExplaining(final String text) {
        final int longest = PlainText.sentences(PlainText.withoutSubject(text)).stream()
                .mapToInt(PlainText::wordCount).max().orElse(0);
        if (longest > Wordlists.LONGEST_SENTENCE) {
            return Optional.of(new Finding(FindingRule.OVER_EXPLAINING,
                    "One sentence runs to " + longest + " words.",
                    "Split it, and keep only what the reader needs."));
        }
        if (count(Wordlists.APOLOGY, text) >= 2) {
            return Optional.of(new Finding(FindingRule.OVER_EXPLAINING, "It apologises more than once.",
                    "Apologise once at most, briefly, and move on to what you offer."));
        }
        return Optional.empty();
    }

    private static int count(final Pattern pattern, final String text) {
        final Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Optional<Finding> length(final String text, final DraftKind kind) {
        final LengthBounds bounds = kind.bounds();
        final int length = bounds.measure(PlainText.withoutSubject(text));
        final boolean overLimit = bounds.unit() == LengthBounds.Unit.CHARACTERS && length > bounds.max();
        if (overLimit || bounds.farAbove(length)) {
            return Optional.of(new Finding(FindingRule.TOO_LONG,
                    "It is " + length + " " + bounds.unit().label() + "; a " + describe(kind) + " runs "
                            + bounds.describe() + ".",
                    overLimit ? "Cut it below " + (bounds.max() + 1) + " " + bounds.unit().label()
                            + ", or it will not fit." : "Cut it to the essentials; a busy reader skims."));
        }
        if (bounds.farBelow(length)) {
            return Optional.of(new Finding(FindingRule.TOO_SHORT,
                    "It is only " + length + " " + bounds.unit().label() + "; a " + describe(kind) + " runs "
                            + bounds.describe() + ".",
                    "Add what this message needs: the role, a specific detail, your interest, a next step."));
        }
        return Optional.empty();
    }

    private static String describe(final DraftKind kind) {
        return kind.key().replace('_', ' ');
    }

    private static Set<String> matches(final Pattern pattern, final String text) {
        final Set<String> found = new LinkedHashSet<>();
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
        return found;
    }

    private static Optional<Finding> finding(final FindingRule rule, final Set<String> found, final String reason,
            final String suggestion) {
        return found.isEmpty() ? Optional.empty()
                : Optional.of(new Finding(rule, reason + quoted(found) + ".", suggestion));
    }

    private static String quoted(final Set<String> words) {
        return String.join(", ", words.stream().map(word -> "\"" + word + "\"").toList());
    }
}
