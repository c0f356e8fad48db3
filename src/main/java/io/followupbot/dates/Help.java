package io.followupbot.dates;

/** What to say when a phrase cannot be read: how to write it, with examples in the member's date order. */
final class Help {

    private Help() {
    }

    static String forward(final String text, final NumericOrder order) {
        return "I couldn't read \"" + quoted(text) + "\" as a date. Write it like \"Friday\", "
                + "\"next Monday\", \"end of next week\", \"in two weeks\", \"early next month\", \"" + order.example()
                + "\", \"14 March\" or \"2026-03-14\" - or say \"they didn't say\".";
    }

    static String interview(final String text, final NumericOrder order) {
        return "I couldn't read \"" + quoted(text) + "\" as the interview's day and time. Write it like "
                + "\"today 2pm\", \"yesterday at 10\", \"Tuesday 3pm\", \"" + order.example() + " at 2pm\", \"2026-03-14 14:00\""
                + " or, for one still ahead, \"next Monday 10am\".";
    }

    private static String quoted(final String text) {
        final String stripped = text == null ? "" : text.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "..." : stripped;
    }
}
