package io.followupbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The App Home tab: the member's pipeline (the engine's {@code list} reply) and the common actions; for the
 * workspace's admins, the community's settings button and its anonymous figures.
 */
final class HomeTab {

    /** Buttons of the home tab; "settings" opens the settings modal. */
    static final List<Button> ACTIONS = List.of(Button.primary("New interview", "new"), Button.of("Settings", "settings"),
            Button.of("Export my data", "export"), Button.of("Help", "help"));
    /** The admins' part of the Home: the community's form ("admin" opens it, asking Slack again who is admin). */
    static final List<Button> ADMIN_ACTIONS = List.of(Button.of("Community settings", SlackAdmin.WORD));

    private HomeTab() {
    }

    static View build(final Reply pipeline) {
        return build(pipeline, Optional.empty());
    }

    /** The Home; {@code community} is the community's figures, given only to its admins. */
    static View build(final Reply pipeline, final Optional<Reply> community) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your follow-ups"))));
        blocks.add(actions(BlockKit.buttons(ACTIONS)));
        blocks.add(divider());
        for (final Outbound message : pipeline.messages()) {
            blocks.addAll(BlockKit.blocks(message));
        }
        community.ifPresent(figures -> {
            blocks.add(divider());
            blocks.add(header(h -> h.text(plainText("Your community (admins only)"))));
            blocks.add(actions(BlockKit.buttons(ADMIN_ACTIONS)));
            figures.messages().forEach(message -> blocks.addAll(BlockKit.blocks(message)));
        });
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("Type `/followup help` anywhere, or write to me in the Messages "
                + "tab, to see every command."))));
        final List<LayoutBlock> shown = BlockKit.renumberButtons(blocks.size() > 100 ? blocks.subList(0, 100) : blocks);
        return view(home -> home.type("home").blocks(shown));
    }
}
