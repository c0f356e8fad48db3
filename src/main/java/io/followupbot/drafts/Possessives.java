package io.followupbot.drafts;

/** The possessive of a name as a careful writer spells it: "Acme's", "Acme Analytics'", "Siemens'". */
public final class Possessives {

    private Possessives() {
    }

    public static String of(final String name) {
        final String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return trimmed.endsWith("s") || trimmed.endsWith("S") ? trimmed + "'" : trimmed + "'s";
    }
}
