package io.followupbot.conversation.forms;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Form;
import io.followupbot.followup.FormResult;
import io.followupbot.followup.Members;
import io.followupbot.followup.Setting;
import io.followupbot.followup.Tracked;
import io.followupbot.followup.UseCases;
import io.followupbot.followup.Wording;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.MemberSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import io.followupbot.conversation.language.InputText;
import io.followupbot.conversation.views.Views;

/**
 * The edit and settings forms of every platform (Slack's modals, Discord's modals): the form to show, from
 * the application layer's one form model, and a submission handed to its use case, whose typed result is
 * rendered here. Submissions run in the member's order with the rest of their conversation; nothing reads a
 * reply's words to learn what happened.
 */
public final class FormEdits {

    private final MemberTurns turns;
    private final UseCases app;
    private final Clock clock;
    private final int maxLength;

    /** The words of the forms, for an adapter drawing one (its Save and Cancel buttons). */
    public Wording wording() {
        return app.wording();
    }

    /** @param turns runs a submission in the member's order with the rest of their conversation */
    public FormEdits(final MemberTurns turns, final UseCases app, final Clock clock, final int maxLength) {
        this.turns = turns;
        this.app = app;
        this.clock = clock;
        this.maxLength = maxLength;
    }

    /** The edit form of the member's interview as it stands now; empty when they have no such interview. */
    public Optional<Form> editForm(final MemberKey member, final int number) {
        return app.interviews().form(member, number);
    }

    /** The settings form, filled with the member's settings. */
    public Form settingsForm(final MemberKey member) {
        return app.settings().form(app.members().find(member));
    }

    /** @param submitted the form's values by field key; empty ones, and those as the form showed them, stay as they are */
    public Reply edit(final MemberKey member, final int number, final Map<String, String> submitted) {
        return turns.inOrder(member, "edit form", () -> render(app.interviews().submit(member, number,
                cleaned(submitted)), number));
    }

    /** @param submitted the form's values by field key; empty ones, and those as the form showed them, stay as they are */
    public Reply settings(final MemberKey member, final Map<String, String> submitted) {
        return turns.inOrder(member, "settings form", () -> render(app.settings().submit(
                app.members().arrive(new Members.Arrival(member, "", Optional.empty(), "")), cleaned(submitted)), 0));
    }

    /**
     * One setting changed as the member typed it ({@code settings quiet 21:00-08:00}): saved and replanned, or
     * refused in the setting's own words. What {@code SettingsCommand} calls for a known setting.
     */
    public Reply setting(final io.followupbot.interview.Member member, final Setting setting, final String value) {
        final FormResult result = app.settings().change(member, Map.of(setting, value));
        return result instanceof FormResult.Refused refused
                ? Reply.text(String.join(" ", refused.errors().values())) : render(result, 0);
    }

    /** What became of a change of interview or settings, for the member to read. */
    Reply render(final FormResult result, final int number) {
        final Wording words = app.wording();
        if (result instanceof FormResult.SettingsSaved saved) {
            return new Reply(List.of(Outbound.text(settingsHeadline(saved, words) + " " + words.text("settings.replanned"))
                    .withFields(settingsFields(saved.member().settings()))), true, false, true);
        }
        if (result instanceof FormResult.InterviewSaved saved) {
            return new Reply(List.of(interviewSaved(saved.tracked(), words)), true, false, true);
        }
        if (result instanceof FormResult.Refused refused) {
            final List<Outbound> messages = new ArrayList<>();
            refused.errors().values().forEach(problem -> messages.add(Outbound.text(problem)));
            messages.add(Outbound.text(words.text("form.refused")));
            return new Reply(messages, true, false);
        }
        if (result instanceof FormResult.NotFound missing) {
            return Reply.text(words.format("edit.not-found", missing.number()));
        }
        return number > 0 ? Reply.text(words.format("edit.unchanged", number))
                : Reply.text(words.text("settings.unchanged"));
    }

    private static String settingsHeadline(final FormResult.SettingsSaved saved, final Wording words) {
        final Optional<String> zone = saved.zoneInWords().map(inWords -> words.format("settings.zone-set", inWords));
        if (zone.isPresent() && saved.changed().equals(Set.of(Setting.ZONE))) {
            return zone.get();
        }
        return words.text("settings.saved") + zone.map(text -> " " + text).orElse("");
    }

    private Outbound interviewSaved(final Tracked tracked, final Wording words) {
        final List<Button> buttons = new ArrayList<>();
        tracked.plan().next().ifPresent(next -> buttons.add(Button.primary("Show the next draft",
                "draft " + tracked.number())));
        buttons.add(Button.of("All my interviews", "list"));
        return Outbound.text(words.format("edit.saved", tracked.number(),
                        MemberText.quote(tracked.stored().interview().company())))
                .withFields(Views.planFields(tracked.plan(), clock.instant())).withButtons(buttons);
    }

    /** The member's settings, one line each, by the word that changes them. */
    public static List<Outbound.Field> settingsFields(final MemberSettings settings) {
        return Arrays.stream(Setting.values()).map(setting -> {
            final String value = setting.valueOf(settings);
            return new Outbound.Field(setting.key(), value.isBlank() && (setting == Setting.NAME
                    || setting == Setting.SIGNATURE) ? "(not set)" : value);
        }).toList();
    }

    /** What a member typed in a form, cleaned as a typed message is (control characters, length). */
    private Map<String, String> cleaned(final Map<String, String> submitted) {
        final Map<String, String> clean = new LinkedHashMap<>();
        submitted.forEach((key, value) -> clean.put(key, value == null ? "" : InputText.clean(value, maxLength).value()));
        return clean;
    }

    /** Runs work for a member after their earlier inputs and before their later ones: the conversation's order. */
    @FunctionalInterface
    public interface MemberTurns {
        Reply inOrder(MemberKey member, String kind, Supplier<Reply> work);
    }
}
