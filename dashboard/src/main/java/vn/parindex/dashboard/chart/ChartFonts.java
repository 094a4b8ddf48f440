package vn.parindex.dashboard.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces, which cover every Vietnamese letter; the system fonts of a server may not,
 * and would then draw boxes instead of diacritics.
 */
final class ChartFonts {
    static {
        // A server has no display. This class is the first AWT user on every rendering path (the renderer
        // loads the fonts before anything else), so this runs before AWT decides whether it is headless.
        System.setProperty("java.awt.headless", "true");
    }

    private final Font regular;
    private final Font bold;

    private ChartFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ChartFonts load() {
        return new ChartFonts(fromClasspath("/fonts/DejaVuSans.ttf"), fromClasspath("/fonts/DejaVuSans-Bold.ttf"));
    }

    Font regular(float size) {
        return regular.deriveFont(size);
    }

    Font bold(float size) {
        return bold.deriveFont(size);
    }

    private static Font fromClasspath(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + resource, e);
        }
    }
}
