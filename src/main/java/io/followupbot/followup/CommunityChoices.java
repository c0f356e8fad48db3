package io.followupbot.followup;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.Member;
import java.util.List;

/**
 * A member's choices about their community, as the conversation asks for them: {@code settings digest on|off}
 * (the weekly digest) and {@code settings stats on|off} (counting in the community's anonymous figures). The
 * community implements it over its store; the conversation knows only this port.
 */
public interface CommunityChoices {

    /** The choices' names, as {@code settings} takes them. */
    List<String> KEYS = List.of("digest", "stats");

    /** The two choices as the settings list shows them, after the member's own settings. */
    List<Outbound.Field> fields(Member member);

    /** {@code settings digest|stats <on|off>}: the change, or what the setting is now when no value is given. */
    Reply change(Member member, String key, String value);
}
