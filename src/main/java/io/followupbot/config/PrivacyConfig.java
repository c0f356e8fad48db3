package io.followupbot.config;

import java.util.Map;

/**
 * Reads the {@code privacy:} and {@code retention:} sections of bot-config.yml: who runs this bot and how to reach
 * them (shown in the privacy notice), and how long data is kept. A retention figure of 0 keeps that data until the
 * member deletes it.
 */
final class PrivacyConfig {

    static final int CLOSED_DAYS = 365;
    static final int INACTIVE_DAYS = 540;
    private static final int MAX_DAYS = 36_500;

    private PrivacyConfig() {
    }

    static BotConfig.Privacy privacy(final ConfigSection section) {
        final String operator = section.text("operator", "").strip();
        final String contact = section.text("contact", "").strip();
        if (operator.length() > 200 || contact.length() > 200) {
            throw new ConfigException("privacy.operator and privacy.contact: keep each under 200 characters");
        }
        return new BotConfig.Privacy(operator, contact);
    }

    static BotConfig.Retention retention(final ConfigSection section, final Map<String, String> environment) {
        return new BotConfig.Retention(
                days(section, "closed-days", environment.get("FOLLOWUP_RETENTION_CLOSED_DAYS"), CLOSED_DAYS),
                days(section, "inactive-days", environment.get("FOLLOWUP_RETENTION_INACTIVE_DAYS"), INACTIVE_DAYS));
    }

    private static int days(final ConfigSection section, final String name, final String fromEnvironment,
                            final int fallback) {
        final String fallbackText = fromEnvironment == null || fromEnvironment.isBlank()
                ? Integer.toString(fallback) : fromEnvironment.strip();
        final String text = section.text(name, fallbackText).strip();
        final String key = "retention." + name;
        final int days;
        try {
            days = Integer.parseInt(text);
        } catch (final NumberFormatException notANumber) {
            throw ConfigException.badValue(key, text, "write a number of days, or 0 to keep the data until the member "
                    + "deletes it");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw ConfigException.badValue(key, text, "use 0 (keep) or a number of days from 1 to " + MAX_DAYS);
        }
        if (name.equals("inactive-days") && days > 0 && days < 14) {
            throw ConfigException.badValue(key, text, "use at least 14 days: a member is warned a week before");
        }
        return days;
    }
}
