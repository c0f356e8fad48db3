package io.followupbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version, from the properties file Maven fills in at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        final Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/followupbot/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (final IOException unreadable) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"followup-bot " + version()};
    }
}
