package io.followupbot.web;

import io.followupbot.config.BotConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What every request and response of the web server goes through.
 *
 * <ul>
 *   <li><b>Host check</b> on a loopback address: only {@code localhost}, {@code 127.0.0.1} and {@code [::1]}
 *       are answered, so a web page on another site cannot reach the local chat by pointing its own host name at
 *       127.0.0.1 (DNS rebinding).</li>
 *   <li><b>Access token</b>, when {@code web.access-token} is set: asked of every request but the health check,
 *       the privacy notice and Slack's events (which carry Slack's signature); given once as {@code ?access=TOKEN} it is kept in an
 *       HttpOnly cookie, or sent as {@code Authorization: Bearer TOKEN} (a metrics scraper). Without a token,
 *       {@code /metrics} is only answered on a loopback address.</li>
 *   <li><b>Security headers</b> on every response: a Content-Security-Policy without inline script or style and
 *       no framing, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no referrer.</li>
 * </ul>
 */
final class WebGuards {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String COOKIE = "followup_access";
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean loopback;
    private final Optional<byte[]> token;

    WebGuards(final BotConfig.Web settings) {
        this.loopback = settings.loopback();
        this.token = settings.accessToken().isSet()
                ? Optional.of(settings.accessToken().reveal().getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    void check(final Context context) {
        final String path = context.path();
        final boolean signedOrProbe = path.equals("/health") || path.startsWith("/slack/");
        if (loopback && !signedOrProbe && !LOCAL_NAMES.contains(hostName(context.header("Host")))) {
            throw new ForbiddenResponse("This address only answers as localhost.");
        }
        if (path.equals("/metrics") && !loopback && token.isEmpty()) {
            throw new ForbiddenResponse("Metrics on a public address need web.access-token.");
        }
        if (token.isEmpty() || signedOrProbe || path.equals(PrivacyPage.PATH)) {
            return;
        }
        final String given = context.queryParam("access");
        if (given != null && matches(given)) {
            context.cookie(new io.javalin.http.Cookie(COOKIE, given, "/", -1, context.scheme().equals("https"), true,
                    null, io.javalin.http.SameSite.STRICT));
            return;
        }
        final String bearer = Optional.ofNullable(context.header("Authorization")).filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring("Bearer ".length()).strip()).orElse(null);
        if (!matches(bearer) && !matches(context.cookie(COOKIE))) {
            throw new UnauthorizedResponse("This web chat needs its access link (ask whoever runs the bot).");
        }
    }

    static void securityHeaders(final Context context) {
        context.header("Content-Security-Policy", CSP);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("X-Frame-Options", "DENY");
        context.header("Referrer-Policy", "no-referrer");
    }

    private boolean matches(final String candidate) {
        return candidate != null && token.isPresent()
                && MessageDigest.isEqual(token.get(), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The name part of a Host header: without the port, lower case; empty when there is none. */
    static String hostName(final String host) {
        if (host == null || host.isBlank()) {
            return "";
        }
        final String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            final int end = value.indexOf(']');
            return end < 0 ? value : value.substring(0, end + 1);
        }
        final int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
