package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Exports;
import io.followupbot.interview.Member;
import java.util.List;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/** {@code export}: everything kept about the member, as files. */
record ExportCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("export", "export", "your data as a spreadsheet, a JSON file and a "
            + "calendar", "Your data as a spreadsheet, a JSON file and a calendar");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final List<Exports.ExportFile> files = tools.parts().exports().export(member);
        return Command.stay(state, Reply.of(Outbound.text("Here is everything I keep about your interviews: a "
                + "spreadsheet (CSV), all your data (JSON), your planned steps as a calendar (iCalendar) and your "
                + "work-search log (CSV).")
                .withFiles(files.stream().map(file -> new Outbound.FileAttachment(file.name(), file.mimeType(),
                        file.content())).toList())));
    }
}
