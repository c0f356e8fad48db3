package io.followupbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retry backoff")
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    @Test
    @DisplayName("doubles from the base per earlier failure and stops at the cap")
    void doublesUpToTheCap() {
        // GIVEN a policy of 1 minute doubling to at most 10
        // WHEN the delays after one to six failures are computed
        // THEN they are 1, 2, 4, 8, 10, 10 minutes
        assertThat(policy.delay(0, Optional.empty())).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delay(1, Optional.empty())).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delay(2, Optional.empty())).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delay(3, Optional.empty())).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delay(4, Optional.empty())).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delay(400, Optional.empty())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    @DisplayName("waits for the platform's Retry-After when it is longer than the backoff, even beyond the cap")
    void honoursALongerRetryAfter() {
        // GIVEN a Retry-After shorter and one longer than the backoff
        // WHEN the delay is computed
        // THEN the longer of the two wins
        assertThat(policy.delay(2, Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delay(2, Optional.of(Duration.ofMinutes(30)))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("is exhausted at the maximum number of attempts")
    void exhaustedAtMaxAttempts() {
        // GIVEN at most four attempts
        // WHEN the third and the fourth attempt fail
        // THEN only the fourth gives up
        assertThat(policy.exhausted(2)).isFalse();
        assertThat(policy.exhausted(3)).isTrue();
    }

    @Test
    @DisplayName("refuses a cap below the base")
    void refusesACapBelowTheBase() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
