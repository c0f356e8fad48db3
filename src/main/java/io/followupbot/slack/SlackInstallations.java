package io.followupbot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import io.followupbot.config.Secret;
import io.followupbot.sealing.TokenSeal;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import io.followupbot.followup.Installations;

/**
 * Bolt's {@link InstallationService} on our database (Bolt ships only file and S3 stores): one row per
 * workspace (kept by the application layer's {@link Installations}), the bot token sealed by {@link TokenSeal}.
 */
public final class SlackInstallations implements InstallationService {

    static final String BOT_SCOPES = "commands,chat:write,files:write,im:history,im:write,users:read";

    private final Installations installations;
    private final TokenSeal cipher;
    private final Clock clock;

    public SlackInstallations(final Installations installations, final Secret encryptionKey, final Clock clock) {
        this(installations, encryptionKey, List.of(), clock);
    }

    /** @param oldKeys earlier keys ({@code FOLLOWUP_ENCRYPTION_OLD_KEYS}) that tokens not yet resealed open with */
    public SlackInstallations(final Installations installations, final Secret encryptionKey, final List<Secret> oldKeys,
                              final Clock clock) {
        this.installations = installations;
        this.cipher = new TokenSeal(encryptionKey, oldKeys);
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(final boolean enabled) {
        // one row per workspace: the latest installation replaces the previous one
    }

    @Override
    public void saveInstallerAndBot(final Installer installer) {
        if (installer.getTeamId() == null || installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("an installation without a workspace or bot token");
        }
        installations.save(new Installations.Installation(installer.getTeamId(), installer.getEnterpriseId(),
                installer.getAppId(), installer.getBotId(), installer.getBotUserId(), installer.getBotScope(),
                cipher.seal(installer.getBotAccessToken()), installer.getInstallerUserId(),
                installer.getInstalledAt() == null ? clock.millis() : installer.getInstalledAt()));
    }

    @Override
    public void deleteBot(final Bot bot) {
        delete(bot.getTeamId());
    }

    @Override
    public void deleteInstaller(final Installer installer) {
        delete(installer.getTeamId());
    }

    @Override
    public Bot findBot(final String enterpriseId, final String teamId) {
        return Optional.ofNullable(findInstaller(enterpriseId, teamId, null)).map(installer -> {
            // Bolt's copy takes every field of the installation but the bot's scope
            final Bot bot = installer.toBot();
            bot.setBotScope(installer.getBotScope());
            return bot;
        }).orElse(null);
    }

    @Override
    public Installer findInstaller(final String enterpriseId, final String teamId, final String userId) {
        return installations.find(teamId).map(row -> {
            final DefaultInstaller installer = new DefaultInstaller();
            installer.setTeamId(row.teamId());
            installer.setEnterpriseId(row.enterpriseId());
            installer.setAppId(row.appId());
            installer.setBotId(row.botId());
            installer.setBotUserId(row.botUserId());
            installer.setBotScope(row.botScope());
            installer.setBotAccessToken(cipher.open(row.botToken()));
            installer.setInstallerUserId(row.installerUserId());
            installer.setInstalledAt(row.installedAt());
            return (Installer) installer;
        }).orElse(null);
    }

    @Override
    public void deleteAll(final String enterpriseId, final String teamId) {
        delete(teamId);
    }

    private void delete(final String teamId) {
        installations.delete(teamId);
    }
}
