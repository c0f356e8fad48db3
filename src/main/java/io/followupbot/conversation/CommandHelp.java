package io.followupbot.conversation;

/** The text of {@code help}. */
final class CommandHelp {

    static final String TEXT = """
            Here's what I can do (type /followup and one of these; when it's just the two of us, the word alone is enough):
            *new* - tell me about an interview (a bare /followup does this too)
            *list* - your interviews, their stage and what's next
            *show 3* - everything about interview #3; *plan 3* - its dated plan
            *draft 3* - the draft for its next step; *draft 3 check_in* - a draft of that kind
            *sent 3* - you sent the next message; *sent 3 thank_you yesterday* - that one, then; or just say
            "I sent the thank-you to Priya yesterday"; *skip 3 thank_you* - you won't send that one
            *debrief 3* - after an interview you told me about in advance: who you met, what stood out
            *heard 3* - they replied (still deciding, a new date, a rejection, an offer)
            *offer 3* - they made you an offer; *withdraw 3* - you're no longer interested
            *snooze 3 tomorrow* - remind you later; *edit 3* - change what you told me; *archive 3* - stop
            *check <text>* - I'll review a message you wrote before you send it
            *settings* - time zone, country, nudge hour, quiet hours, cadence, name and signature
            *export* - your data as a spreadsheet, a JSON file and a calendar
            *forget-me* - delete everything I know about you""";

    private CommandHelp() {
    }
}
