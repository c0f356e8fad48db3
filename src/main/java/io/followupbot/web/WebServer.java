package io.followupbot.web;

import io.followupbot.config.BotConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one embedded HTTP server: the local web chat's page and API, Slack's {@code /slack/events} in HTTP
 * mode, and a health check. Features add their routes; the server knows none of them. Every response
 * carries security headers; on a loopback address only local host names are answered, and an access token,
 * when set, is asked of every request but the health check and Slack's signed events (see {@link WebGuards}).
 */
public final class WebServer implements AutoCloseable {

    private static final long MAX_REQUEST_BYTES = 256 * 1024L;

    private static final List<Asset> ASSETS = List.of(
            Asset.of("/", "/web/index.html", "text/html; charset=utf-8"),
            Asset.of("/app.js", "/web/app.js", "text/javascript; charset=utf-8"),
            Asset.of("/app.css", "/web/app.css", "text/css; charset=utf-8"),
            Asset.of("/log.css", "/web/log.css", "text/css; charset=utf-8"));

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
        return start(settings, servePage, features, List::of);
    }

    /**
     * @param problems what is wrong now (the database is read-only, gone, not migrated; delivery failing): none
     *     gives {@code /health} 200 {@code {"status":"ok"}}, any gives 503 {@code {"status":"degraded",...}}
     */
    public static WebServer start(final BotConfig.Web settings, final boolean servePage,
                                  final List<Consumer<RoutesConfig>> features, final Supplier<List<String>> problems) {
        final WebGuards guards = new WebGuards(settings);
        final Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.routes.before(guards::check);
            config.routes.after(WebGuards::securityHeaders);
            if (servePage) {
                // Four small files, read once: cheaper at start-up than a static-file handler over the whole jar.
                for (final Asset asset : ASSETS) {
                    config.routes.get(asset.path(), context -> context.contentType(asset.type()).result(asset.bytes()));
                }
                CommandHints.routes(config.routes);
            }
            config.routes.get("/health", context -> health(context, problems.get()));
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

    /** {@code GET /metrics}: the Prometheus text; on a public address only with the access token (WebGuards). */
    public static Consumer<RoutesConfig> metrics(final Supplier<String> scrape, final String contentType) {
        return routes -> routes.get("/metrics", context -> context.contentType(contentType).result(scrape.get()));
    }

    private static void health(final Context context, final List<String> problems) {
        if (problems.isEmpty()) {
            context.json(Map.of("status", "ok"));
        } else {
            context.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "degraded", "problems", problems));
        }
    }

    /** The local web chat on its own. */
    public static WebServer webChat(final BotConfig.Web settings, final WebChat chat) {
        return start(settings, true, List.of(chat::routes));
    }

    /** The local web chat, with a health check and other routes (metrics). */
    public static WebServer webChat(final BotConfig.Web settings, final WebChat chat,
                                    final List<Consumer<RoutesConfig>> more, final Supplier<List<String>> problems) {
        final List<Consumer<RoutesConfig>> features = new java.util.ArrayList<>(more);
        features.add(0, chat::routes);
        return start(settings, true, features, problems);
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
