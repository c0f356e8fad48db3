package io.followupbot.conversation.intake;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.conversation.ConversationState.Onboarding;
import io.followupbot.conversation.ConversationState.OnboardingQuestion;
import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.Member;
import io.followupbot.interview.TextLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.language.InputText;
import io.followupbot.conversation.language.SentenceAnswers;

/** The one-time questions before a first interview: the time zone, then the name and contact line to sign with. */
final class OnboardingQuestions {

    /** How the flow asks a question of either kind, after a lead line. */
    @FunctionalInterface
    interface Asker {
        Transition ask(ConversationState state, Member member, String lead);
    }

    private final Clock clock;

    OnboardingQuestions(final Clock clock) {
        this.clock = clock;
    }

    Outbound prompt(final Onboarding state, final Member member) {
        if (state.question() == OnboardingQuestion.ZONE) {
            return Outbound.text("Which time zone are you in? For example Europe/Berlin or America/Chicago. "
                    + "Type ok to keep " + member.settings().zone() + ".").withButtons(List.of(
                    Button.primary("Keep " + member.settings().zone(), "ok")));
        }
        return Outbound.text("How should I sign your drafts? Your name, then a contact line after a |, for example:\n"
                + "Ana Ruiz | +1 555 0100 | ana@example.com\nOr skip.");
    }

    Transition answer(final Member member, final Onboarding state, final InputText input, final Asker asker) {
        final String text = input.value();
        if (text.equalsIgnoreCase("cancel")) {
            return Transition.to(new Idle(clock.millis()), Reply.text("Okay, stopped. Type /followup when you're ready."));
        }
        if (state.question() == OnboardingQuestion.ZONE) {
            return zone(member, state, text, asker);
        }
        final Member changed;
        if (text.equalsIgnoreCase("skip") || text.isBlank()) {
            final String fallback = member.displayName().isBlank() ? "" : member.displayName();
            changed = withName(member, fallback.isBlank() ? " " : fallback, "");
        } else {
            final String[] parts = text.split("\\||\\n", 2);
            changed = withName(member, TextLimits.cap(SentenceAnswers.name(parts[0]), TextLimits.NAME),
                    parts.length > 1 ? TextLimits.cap(parts[1].strip(), TextLimits.LONG_TEXT) : "");
        }
        return asker.ask(firstQuestion(), changed, changed.settings().name().isBlank()
                ? "Okay, I'll leave the signature for you to fill in."
                : "I'll sign drafts as " + MemberText.quote(changed.settings().name()) + ".").withMember(changed);
    }

    private Transition zone(final Member member, final Onboarding state, final String text, final Asker asker) {
        final Optional<ZoneNames.Zone> zone = text.equalsIgnoreCase("ok") || text.equalsIgnoreCase("skip")
                || text.equalsIgnoreCase("yes") ? ZoneNames.find(member.settings().zone().getId()) : ZoneNames.find(text);
        if (zone.isEmpty()) {
            return Transition.to(state, Reply.text(ZoneNames.unknown(text) + " (Or ok to keep "
                    + member.settings().zone() + ".)"));
        }
        final Member changed = new Member(member.id(), member.key(), member.displayName(),
                member.settings().withZone(zone.get().id()), true, member.dmChannel(), member.lastChannel(),
                member.unreachableSince());
        final String confirmed = "Time zone set to " + zone.get().inWords() + ".";
        final ConversationState next = member.settings().name().isBlank()
                ? new Onboarding(clock.millis(), OnboardingQuestion.NAME) : firstQuestion();
        return asker.ask(next, changed, confirmed).withMember(changed);
    }

    /** The intake's first question, with empty notes. */
    Intake firstQuestion() {
        return new Intake(clock.millis(), IntakeQuestion.values()[0], 0, false, IntakeNotes.empty());
    }

    private static Member withName(final Member member, final String name, final String signature) {
        return new Member(member.id(), member.key(), member.displayName(),
                member.settings().withName(name, signature), member.zoneConfirmed(), member.dmChannel(),
                member.lastChannel(), member.unreachableSince());
    }
}
