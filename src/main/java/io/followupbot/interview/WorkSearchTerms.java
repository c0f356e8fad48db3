package io.followupbot.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The words of a work-search log: the names of its seven columns, of each kind of activity ({@link ActivityKind}), of
 * the lines it adds ({@link Label}) and of each result, in English unless a community renames them
 * ({@code work-search-log} in bot-config.yml, for a German log say). Each word is looked up by what it names, so a new
 * kind of activity is one more {@link ActivityKind} and its key in bot-config.yml follows from its name.
 *
 * @param words the renamed words only; any other keeps its English
 */
public record WorkSearchTerms(Map<Named, String> words) {

    /** The shipped words: {@code date,activity,employer,position,contact,method,result}. */
    public static final WorkSearchTerms ENGLISH = new WorkSearchTerms(Map.of());

    /** A column of the log, in order. */
    public enum Column implements Named {
        DATE, ACTIVITY, EMPLOYER, POSITION, CONTACT, METHOD, RESULT
    }

    /** The log's words that are no kind of activity: a round of several (its number follows) and a week's line. */
    public enum Label implements Named {
        INTERVIEW_ROUND {
            @Override
            public String english() {
                return "interview, round";
            }
        },
        WEEK_TOTAL
    }

    /** What a reply said, and the two words of a week's count ("1 activity", "3 activities"). */
    public enum Result implements Named {
        STILL_DECIDING, REJECTED, OFFER, WITHDREW,
        ONE_ACTIVITY {
            @Override
            public String english() {
                return "activity";
            }
        },
        ACTIVITIES
    }

    /** A word of the log: its English form and its key in bot-config.yml ({@code THANK_YOU_SENT} is thank-you-sent). */
    public interface Named {

        /** Its English form: unless it says otherwise, its name in lower case ({@code STILL_DECIDING} is still deciding). */
        default String english() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        String name();

        default String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public WorkSearchTerms {
        words = Map.copyOf(Objects.requireNonNull(words, "words"));
    }

    /** The words bot-config.yml's {@code activities:} renames: every kind of activity, and the log's labels. */
    public static List<Named> activityWords() {
        return Stream.concat(Stream.of(ActivityKind.values()), Stream.of(Label.values())).map(Named.class::cast)
                .toList();
    }

    /** These words with some of them renamed: a community's own over everyone's. */
    public WorkSearchTerms renamed(final WorkSearchTerms own) {
        final Map<Named, String> merged = new LinkedHashMap<>(words);
        merged.putAll(own.words);
        return new WorkSearchTerms(merged);
    }

    /** The seven column names, in order. */
    public List<String> header() {
        return Stream.of(Column.values()).map(this::word).toList();
    }

    public String word(final Named named) {
        return words.getOrDefault(named, named.english());
    }

    /** "3 activities", "1 activity". */
    public String count(final long activityCount) {
        return activityCount + " " + word(activityCount == 1 ? Result.ONE_ACTIVITY : Result.ACTIVITIES);
    }
}
