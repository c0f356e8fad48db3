package io.followupbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Points JDA's WebSocket at a gateway we choose ({@code DISCORD_GATEWAY_URL}: a proxy, or the emulator in
 * tests) instead of Discord's, without asking {@code GET /gateway/bot}.
 */
final class FixedGatewayController extends ConcurrentSessionController {

    private final String gateway;

    FixedGatewayController(final String gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    @Override
    public ShardedGateway getShardedGateway(final JDA api) {
        return new ShardedGateway(gateway, 1, 1);
    }
}
