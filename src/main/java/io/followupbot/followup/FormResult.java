package io.followupbot.followup;

import io.followupbot.interview.Member;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What became of a submitted form or a changed setting: what adapters and the conversation render. */
public sealed interface FormResult {

    /** The settings were stored and every open interview replanned. */
    record SettingsSaved(Member member, Set<Setting> changed, Optional<String> zoneInWords) implements FormResult {
        public SettingsSaved {
            changed = Set.copyOf(changed);
        }
    }

    /** The interview was changed and replanned. */
    record InterviewSaved(Tracked tracked) implements FormResult {
    }

    /** Nothing was stored: what is wrong, by field key (of the form, or of the setting), in the form's order. */
    record Refused(Map<String, String> errors) implements FormResult {
        public Refused {
            errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }
    }

    /** Every value was empty or as it was, so nothing was stored. */
    record Unchanged() implements FormResult {
    }

    /** The member has no interview with that number (or the bot does not know the member). */
    record NotFound(int number) implements FormResult {
    }
}
