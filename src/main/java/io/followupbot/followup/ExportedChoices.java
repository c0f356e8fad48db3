package io.followupbot.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.store.CommunityStore;

/** The member's community choices in their export's JSON file, under {@code member.community}. */
public final class ExportedChoices {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExportedChoices() {
    }

    public static String add(final String exported, final CommunityStore.Choices choices) {
        try {
            final ObjectNode root = (ObjectNode) JSON.readTree(exported);
            final ObjectNode community = ((ObjectNode) root.path("member")).putObject("community");
            community.put("weekly_digest", choices.digest());
            community.put("counted_in_anonymous_figures", choices.statsConsent());
            return JSON.writeValueAsString(root);
        } catch (final JsonProcessingException | ClassCastException unexpected) {
            // the export is our own JSON with a member object: anything else is a bug, not a file without choices
            throw new IllegalStateException("the export's JSON has no member object to add the community choices to",
                    unexpected);
        }
    }
}
