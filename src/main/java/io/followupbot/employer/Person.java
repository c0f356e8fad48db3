package io.followupbot.employer;

import java.util.Locale;

/** Someone named in a message: a sender, a recipient or an attendee; either part may be empty. */
record Person(String name, String email) {

    static final Person NOBODY = new Person("", "");

    Person {
        name = name == null ? "" : strip(name.strip());
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(final String name) {
        final boolean quoted = name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'');
        return quoted ? name.substring(1, name.length() - (name.endsWith(String.valueOf(name.charAt(0))) ? 1 : 0)).strip() : name;
    }

    /** The domain of the address ("acme.com"), or empty. */
    String domain() {
        final int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    boolean isEmpty() {
        return name.isEmpty() && email.isEmpty();
    }
}
