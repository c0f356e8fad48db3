package io.followupbot.web;

import io.followupbot.config.BotConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one embedded HTTP server: the local web chat's page and API, Slack's {@code /slack/events} in HTTP
 * mode, and a health check. Features add their routes; the server knows none of them.
 */
public final class WebServer implements AutoCloseable {

    private static final long MAX_REQUEST_BYTES = 256 * 1024L;

    private static final List<Asset> ASSETS = List.of(
            Asset.of("/", "/web/index.html", "text/html; charset=utf-8"),
            Asset.of("/app.js", "/web/app.js", "text/javascript; charset=utf-8"),
            Asset.of("/app.css", "/web/app.css", "text/css; charset=utf-8"));

    private final Javalin javalin;

    /** A file of the page, served from memory. */
    private record Asset(String path, String type, byte[] bytes) {
        static Asset of(final String path, final String resource, final String type) {
            try (InputStream in = WebServer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + resource);
                }
                return new Asset(path, type, in.readAllBytes());
            } catch (final IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }

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
                // Three small files, read once: cheaper at start-up than a static-file handler over the whole jar.
                for (final Asset asset : ASSETS) {
                    config.routes.get(asset.path(), context -> context.contentType(asset.type()).result(asset.bytes()));
                }
            }
            config.routes.get("/health", context -> context.json(Map.of("status", "ok")));
            features.forEach(feature -> feature.accept(config.routes));
        });
        try {
            javalin.start();
        } catch (final RuntimeException failure) {
            if (bindFailure(failure)) {
                throw new PortInUseException("port " + settings.port() + " on " + settings.bind()
                        + " is already in use; stop the other process or set PORT to another port");
            }
            throw failure;
        }
        return new WebServer(javalin);
    }

    /** The local web chat on its own. */
    public static WebServer webChat(final BotConfig.Web settings, final WebChat chat) {
        return start(settings, true, List.of(chat::routes));
    }

    private static boolean bindFailure(final Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port the bot should listen on is taken. */
    public static final class PortInUseException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PortInUseException(final String message) {
            super(message);
        }
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
