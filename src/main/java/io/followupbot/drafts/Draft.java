package io.followupbot.drafts;

import java.util.Objects;
import java.util.Optional;

/**
 * A message ready for the member to edit and send.
 *
 * @param subject the subject line, present for emails only
 * @param to who it goes to: "Ana Ruiz &lt;ana@acme.example&gt;", or the name alone when no address is known
 */
public record Draft(DraftKind kind, Optional<String> subject, String body, Optional<String> to) {

    public Draft {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? Optional.empty() : subject;
        Objects.requireNonNull(body, "body");
        to = to == null ? Optional.empty() : to;
    }

    /** Subject line and body as one text, the way the checker and a copy-paste see it. */
    public String text() {
        return subject.map(line -> "Subject: " + line + "\n\n" + body).orElse(body);
    }
}
