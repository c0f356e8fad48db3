package io.followupbot.drafts;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.ListInWords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template values that let a draft speak of an application's earlier rounds. Every one is empty for an
 * application of one round and for a draft about its first round, so such drafts read exactly as before.
 */
final class RoundValues {

    /** The keys this class fills, in the order {@link TemplateValues#KEYS} lists them. */
    static final List<String> KEYS = List.of("laterRound", "earlierDate", "earlierPeople", "conversations");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth");

    private RoundValues() {
    }

    static void put(final DraftContext context, final Map<String, Object> values) {
        if (!context.laterRound()) {
            KEYS.forEach(key -> values.put(key, ""));
            return;
        }
        final ZoneId zone = context.member().zone();
        final LocalDate day = context.interview().startsAt().atZone(zone).toLocalDate();
        final LocalDate first = context.earlierRounds().get(0).startsAt().atZone(zone).toLocalDate();
        final int round = context.earlierRounds().size() + 1;
        values.put("laterRound", round <= ORDINALS.size() ? ORDINALS.get(round - 1) : "next");
        values.put("earlierDate", TemplateValues.inWords(first, day));
        values.put("earlierPeople", people(context, context.earlierRounds()));
        final List<Interview> all = new ArrayList<>(context.earlierRounds());
        all.add(context.interview());
        final String everyone = people(context, all);
        values.put("conversations", everyone.isEmpty() ? "you" : everyone);
    }

    /**
     * The people met in {@code rounds}, in words: whoever the draft addresses is "you", first ("you and Rita
     * Gomez"); the others by the names the member gave. Empty when no name is known.
     */
    private static String people(final DraftContext context, final List<Interview> rounds) {
        final Set<String> addressed = new LinkedHashSet<>();
        context.recipient().ifPresentOrElse(person -> addressed.add(key(person)),
                () -> context.interview().interviewers().forEach(person -> addressed.add(key(person))));
        boolean you = false;
        final Set<String> seen = new LinkedHashSet<>();
        final List<String> others = new ArrayList<>();
        for (final Interview round : rounds) {
            for (final Interviewer person : round.interviewers()) {
                final String name = person.name().strip();
                if (name.isEmpty() || !seen.add(key(person))) {
                    continue;
                }
                if (addressed.contains(key(person))) {
                    you = true;
                } else {
                    others.add(name);
                }
            }
        }
        final List<String> names = new ArrayList<>();
        if (you) {
            names.add("you");
        }
        names.addAll(others);
        return names.isEmpty() ? "" : ListInWords.and(names);
    }

    private static String key(final Interviewer person) {
        return person.name().strip().toLowerCase(java.util.Locale.ROOT);
    }
}
