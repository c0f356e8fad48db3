package io.followupbot.interview;

import java.util.List;

/** A list written as a sentence writes it: "a", "a and b", "a, b and c". */
public final class ListInWords {

    private ListInWords() {
    }

    /** "a", "a and b", "a, b and c"; empty for no items. */
    public static String and(final List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
