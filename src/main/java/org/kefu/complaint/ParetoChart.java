package org.kefu.complaint;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A Pareto chart as SVG, drawn on the server (no script on the page): bars sorted by count, descending, the
 * cumulative percentage as a line on the right axis, and a dashed marker at 80 %.
 */
final class ParetoChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final int LEFT = 50;
    private static final int RIGHT = 50;
    private static final int TOP = 20;
    private static final int BOTTOM = 90;

    private ParetoChart() {
    }

    /** A bar: its label and count. */
    record Bar(String label, long count) {
    }

    static List<Bar> sorted(List<Bar> bars) {
        return bars.stream().filter(b -> b.count() > 0)
                .sorted(Comparator.comparingLong(Bar::count).reversed().thenComparing(Bar::label)).toList();
    }

    static String svg(String title, List<Bar> unsorted) {
        List<Bar> bars = sorted(unsorted);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
                + esc(title) + "\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.append("<title>").append(esc(title)).append("</title>");
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int baseY = TOP + plotH;
        svg.append(line(LEFT, baseY, LEFT + plotW, baseY, "#333", null));
        svg.append(line(LEFT, TOP, LEFT, baseY, "#333", null));
        svg.append(line(LEFT + plotW, TOP, LEFT + plotW, baseY, "#333", null));
        double y80 = baseY - 0.8 * plotH;
        svg.append(line(LEFT, y80, LEFT + plotW, y80, "#c00", "4 3")).append("<text class=\"marker-80\" x=\"")
                .append(LEFT + plotW + 4).append("\" y=\"").append(fmt(y80 + 4)).append("\" fill=\"#c00\">80%</text>");
        long total = bars.stream().mapToLong(Bar::count).sum();
        if (bars.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        long max = bars.get(0).count();
        double slot = (double) plotW / bars.size();
        long cumulative = 0;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = (double) bar.count() / max * plotH;
            double x = LEFT + i * slot;
            svg.append("<rect class=\"bar\" data-count=\"").append(bar.count()).append("\" x=\"").append(fmt(x + slot * 0.15))
                    .append("\" y=\"").append(fmt(baseY - h)).append("\" width=\"").append(fmt(slot * 0.7))
                    .append("\" height=\"").append(fmt(h)).append("\" fill=\"#4a78b5\"><title>").append(esc(bar.label()))
                    .append(": ").append(bar.count()).append("</title></rect>");
            double cx = x + slot / 2;
            svg.append("<text x=\"").append(fmt(cx)).append("\" y=\"").append(baseY + 12)
                    .append("\" text-anchor=\"end\" transform=\"rotate(-35 ").append(fmt(cx)).append(' ')
                    .append(baseY + 12).append(")\">").append(esc(bar.label())).append("</text>");
            cumulative += bar.count();
            double share = (double) cumulative / total;
            points.append(fmt(cx)).append(',').append(fmt(baseY - share * plotH)).append(' ');
            svg.append("<circle class=\"cumulative\" data-percent=\"")
                    .append(String.format(Locale.ROOT, "%.1f", share * 100)).append("\" cx=\"").append(fmt(cx))
                    .append("\" cy=\"").append(fmt(baseY - share * plotH)).append("\" r=\"3\" fill=\"#e08a00\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#e08a00\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/>");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 4).append("\" text-anchor=\"end\">")
                .append(max).append("</text><text x=\"").append(LEFT + plotW + 4).append("\" y=\"").append(TOP + 4)
                .append("\">100%</text>");
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
