package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.store.CommunityStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ExportedChoicesTest {

    @Test
    @DisplayName("GIVEN an export's JSON WHEN the community choices are added THEN they sit under member.community")
    void addsTheChoices() {
        assertThat(ExportedChoices.add("{\"member\":{\"id\":\"m1\"}}", new CommunityStore.Choices(false, true)))
                .isEqualTo("""
                        {
                          "member" : {
                            "id" : "m1",
                            "community" : {
                              "weekly_digest" : false,
                              "counted_in_anonymous_figures" : true
                            }
                          }
                        }""");
    }

    @Test
    @DisplayName("GIVEN JSON without a member object WHEN the choices are added THEN it fails, rather than hand the "
            + "member an export silently without them")
    void noMemberFails() {
        assertThatThrownBy(() -> ExportedChoices.add("[]", CommunityStore.Choices.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the export's JSON has no member object to add the community choices to");
        assertThatThrownBy(() -> ExportedChoices.add("{\"member\":", CommunityStore.Choices.DEFAULT))
                .isInstanceOf(IllegalStateException.class);
    }
}
