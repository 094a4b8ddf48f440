package vn.parindex.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/** Draws a chart at a size and encodes it as PNG or SVG bytes. */
final class ChartEncoder {
    /** Coordinates to 1/100 pixel: finer adds bytes, not sharpness. */
    private static final int SVG_DECIMALS = 2;

    private ChartEncoder() {
    }

    static byte[] encode(JFreeChart chart, Format format, ChartSize size) {
        return switch (format) {
            case PNG -> png(chart, size);
            case SVG -> svg(chart, size);
        };
    }

    private static byte[] png(JFreeChart chart, ChartSize size) {
        // Opaque RGB: the chart background is white anyway, and the PNG is a quarter smaller without alpha.
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, area(size));
        } finally {
            g2.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // An in-memory stream: ImageIO's default may cache through a temporary file.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] svg(JFreeChart chart, ChartSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        g2.setGeomDoubleConverter(SVGUtils.createDoubleConverter(SVG_DECIMALS));
        // Text as outlines: every browser draws the same glyphs whether or not it has DejaVu Sans, and the
        // caller's text never reaches the XML as characters.
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, area(size));
        // The viewBox lets a page scale the chart with CSS.
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static Rectangle2D area(ChartSize size) {
        return new Rectangle2D.Double(0, 0, size.width(), size.height());
    }
}
