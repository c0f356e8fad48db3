package io.followupbot.community;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The figures as a small PNG (java.awt, headless): per month, a bar of the interviews tracked and, over it, the
 * share of thank-yous sent within 24 hours as a dot. A hidden figure draws nothing, and its month says "&lt;5".
 */
final class StatsChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int MARGIN = 40;
    private static final Color BAR = new Color(0x3B, 0x82, 0xF6);
    private static final Color DOT = new Color(0x16, 0xA3, 0x4A);

    private StatsChart() {
    }

    static byte[] png(final List<OutcomeStats.Month> months) {
        System.setProperty("java.awt.headless", "true");
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.DARK_GRAY);
            g.drawString("Interviews tracked (bars) and thank-yous within 24 h (dots), per month", MARGIN, 20);
            g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN / 2, HEIGHT - MARGIN);
            draw(g, months);
        } finally {
            g.dispose();
        }
        final ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return png.toByteArray();
    }

    private static void draw(final Graphics2D g, final List<OutcomeStats.Month> months) {
        if (months.isEmpty()) {
            g.drawString("No figures yet.", MARGIN, HEIGHT / 2);
            return;
        }
        final double most = months.stream().map(OutcomeStats.Month::interviews).filter(OutcomeStats.Figure::shown)
                .mapToDouble(OutcomeStats.Figure::value).max().orElse(1);
        final int height = HEIGHT - 2 * MARGIN - 10;
        final int slot = (WIDTH - MARGIN - MARGIN / 2) / months.size();
        for (int index = 0; index < months.size(); index++) {
            final OutcomeStats.Month month = months.get(index);
            final int x = MARGIN + index * slot + slot / 4;
            g.setColor(Color.DARK_GRAY);
            g.drawString(month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), x, HEIGHT - MARGIN + 15);
            if (!month.interviews().shown()) {
                g.drawString("<5", x, HEIGHT - MARGIN - 5);
                continue;
            }
            final int bar = (int) Math.round(month.interviews().value() / Math.max(most, 1) * height);
            g.setColor(BAR);
            g.fillRect(x, HEIGHT - MARGIN - bar, Math.max(slot / 2, 4), bar);
            month.thankYousWithin24h().visible().ifPresent(share -> {
                g.setColor(DOT);
                g.setStroke(new BasicStroke(2));
                final int y = HEIGHT - MARGIN - (int) Math.round(share * height);
                g.fillOval(x + Math.max(slot / 4, 2) - 5, y - 5, 10, 10);
            });
        }
    }
}
