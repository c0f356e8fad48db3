package io.followupbot.web;

import io.followupbot.config.BotConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one embedded HTTP server: the local web chat's page and API, Slack's {@code /slack/events} in HTTP
 * mode, and a health check. Features add their routes; the server knows none of them.
 */
public final class WebServer implements AutoCloseable {

    private static final long MAX_REQUEST_BYTES = 256 * 1024L;

    private final Javalin javalin;

    private WebServer(final Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(final BotConfig.Web settings, final boolean servePage,
                                  final List<Consumer<RoutesConfig>> features) {
        final Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            if (servePage) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
            }
            config.routes.get("/health", context -> context.json(Map.of("status", "ok")));
            features.forEach(feature -> feature.accept(config.routes));
        });
        javalin.start();
        return new WebServer(javalin);
    }

    /** The local web chat on its own. */
    public static WebServer webChat(final BotConfig.Web settings, final WebChat chat) {
        return start(settings, true, List.of(chat::routes));
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
