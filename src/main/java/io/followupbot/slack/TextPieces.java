package io.followupbot.slack;

import java.util.ArrayList;
import java.util.List;

/** A long text in pieces that each fit a limit, cut at a line end, else between words, never inside a word. */
final class TextPieces {

    private TextPieces() {
    }

    static List<String> split(final String text, final int max) {
        final List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut <= 0) {
                cut = max;
                if (Character.isLowSurrogate(rest.charAt(cut))) {
                    cut--;
                }
            }
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).replaceFirst("^[ \\n]", "");
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
