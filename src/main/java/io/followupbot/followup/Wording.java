package io.followupbot.followup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the forms and of their outcomes, in one place: field labels, titles, the saved and unchanged
 * messages. Adapters never read these words back (they read keys and {@link FormResult}s), so any of them can
 * be reworded here, and a test rewords all of them to show that every form still works. The composition root
 * ({@code Application}) hands its wording to the use cases ({@link UseCases#wording()}); nothing holds one globally.
 */
public final class Wording {

    private static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> texts;

    private Wording(final Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The wording of the shipped bot. */
    public static Wording standard() {
        return new Wording(DEFAULTS);
    }

    /** Every key of the wording. */
    public static java.util.Set<String> keys() {
        return DEFAULTS.keySet();
    }

    /** The same wording with one text changed. */
    public Wording with(final String key, final String text) {
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException("no wording called " + key);
        }
        final Map<String, String> changed = new LinkedHashMap<>(texts);
        changed.put(key, text);
        return new Wording(changed);
    }

    public String text(final String key) {
        final String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no wording called " + key);
        }
        return text;
    }

    /** The text with its {@code %s}/{@code %d} filled in. */
    public String format(final String key, final Object... values) {
        return String.format(java.util.Locale.ROOT, text(key), values);
    }

    private static Map<String, String> defaults() {
        final Map<String, String> texts = new LinkedHashMap<>();
        texts.put("settings.title", "Your follow-up settings");
        texts.put("settings.zone", "Time zone (e.g. Europe/Berlin)");
        texts.put("settings.country", "Country for holidays (e.g. US, GB-SCT)");
        texts.put("settings.hours", "Nudge hour, quiet hours (09:00, 21:00-08:00)");
        texts.put("settings.cadence", "Cadence: gentle, standard or persistent");
        texts.put("settings.signoff", "Your name, then lines to sign drafts with");
        texts.put("cadence.gentle", "Gentle: one check-in");
        texts.put("cadence.standard", "Standard: two, a week apart");
        texts.put("cadence.persistent", "Persistent: three, weekly");
        texts.put("settings.saved", "Saved.");
        texts.put("settings.zone-set", "Time zone set to %s.");
        texts.put("settings.replanned", "Your open interviews are replanned to match.");
        texts.put("settings.unchanged", "Nothing changed in your settings.");
        texts.put("edit.title", "Edit interview #%d");
        texts.put("edit.company", "Company");
        texts.put("edit.role", "Role");
        texts.put("edit.decision", "When they said you'd hear back");
        texts.put("edit.result", "Your result for a problem they raised");
        texts.put("edit.placeholder", "leave empty to keep it");
        texts.put("edit.saved", "Updated #%d, %s. Here is your plan; I'll nudge you with a ready draft each time.");
        texts.put("edit.unchanged", "Nothing to change: every field was empty or as it was, so #%d stays the same.");
        texts.put("edit.not-found", "You have no interview #%d. Type list to see yours.");
        texts.put("form.refused", "Nothing was saved; change that and send the form again.");
        texts.put("summary.confirm", "Confirm");
        texts.put("summary.edit-when", "Edit when");
        texts.put("summary.edit-interviewers", "Edit interviewers");
        texts.put("summary.edit-decision", "Edit decision date");
        texts.put("summary.cancel", "Cancel");
        texts.put("form.save", "Save");
        texts.put("form.cancel", "Cancel");
        return texts;
    }
}
