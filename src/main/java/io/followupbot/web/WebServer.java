package io.followupbot.web;

import io.followupbot.config.BotConfig;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The embedded HTTP server: the local web chat's page and API, and a health check. */
public final class WebServer implements AutoCloseable {

    private final Javalin javalin;

    private WebServer(final Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(final BotConfig.Web settings) {
        final String page = resource("/web/index.html");
        final Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024L;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.routes.get("/health", context -> context.json(java.util.Map.of("status", "ok")));
            config.routes.get("/", context -> context.contentType(ContentType.TEXT_HTML).result(page));
        });
        javalin.start();
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static String resource(final String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException failure) {
            throw new IllegalStateException("cannot read resource " + name, failure);
        }
    }
}
