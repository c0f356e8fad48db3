package io.followupbot.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericOrderTest {

    @DisplayName("A member's place, country or region, decides whether 9/3 is 9 March or 3 September")
    @ParameterizedTest(name = "{0} writes {1}")
    @CsvSource(textBlock = """
            US, MONTH_FIRST
            us-ny, MONTH_FIRST
            CA, MONTH_FIRST
            CA-ON, MONTH_FIRST
            CA-QC, DAY_FIRST
            GB, DAY_FIRST
            GB-SCT, DAY_FIRST
            DE-BY, DAY_FIRST
            AU-NSW, DAY_FIRST
            '', DAY_FIRST
            """)
    void orderFollowsThePlace(final String place, final NumericOrder expected) {
        assertThat(NumericOrder.forCountry(place)).isEqualTo(expected);
    }
}
