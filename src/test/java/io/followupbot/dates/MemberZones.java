package io.followupbot.dates;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * The members' time zones the date properties draw from ({@code @ForAll(supplier = MemberZones.class)}): six zones
 * from Los Angeles to Sydney.
 */
final class MemberZones implements ArbitrarySupplier<String> {

    @Override
    public Arbitrary<String> get() {
        return Arbitraries.of("America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata",
                "America/Los_Angeles", "Australia/Sydney");
    }
}
