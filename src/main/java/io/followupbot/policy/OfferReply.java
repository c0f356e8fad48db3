package io.followupbot.policy;

import java.time.LocalDate;

/**
 * Answering an offer (rules, section 4): within 24 hours, either accept or thank them and ask for time until
 * a specific date, usually 3 to 5 business days away; the draft proposes the middle of that range.
 */
public final class OfferReply {

    /** How many business days after today the ask-for-time draft proposes to answer by. */
    public static final int BUSINESS_DAYS_TO_DECIDE = 4;

    private OfferReply() {
    }

    /** The day the member asks to answer by, counted in the business days of their country. */
    public static LocalDate askForTimeUntil(final BusinessCalendar calendar, final LocalDate today) {
        return calendar.addBusinessDays(today, BUSINESS_DAYS_TO_DECIDE);
    }
}
