package it.mutua.admin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.text.NumberFormat;

/**
 * A horizontal bar chart as a self-contained SVG document: one row per bar, the label on the left, the bar scaled to
 * the largest value, the value at the bar's end. Pure Java, so it is unit-tested without a browser and needs no chart
 * library (Vaadin Charts is commercial) and no frontend build (an npm chart component would need one).
 *
 * <p>Colours come from CSS classes ({@code chart-bar}, {@code chart-label}, {@code chart-value}) styled with Lumo's
 * custom properties in {@code mutua.css}, so the chart follows the theme. The SVG has {@code role="img"} and a
 * {@code <title>}; each bar has its own {@code <title>} with label and value, for screen readers and hover.
 */
public final class BarChart {

    static final int WIDTH = 640;
    static final int ROW_HEIGHT = 30;
    static final int LABEL_WIDTH = 230;
    static final int VALUE_WIDTH = 70;
    static final int MAX_LABEL_CHARS = 30;

    /** One bar: its label and its (non-negative) value. */
    public record Bar(String label, BigDecimal value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative bar value " + value + " for " + label);
            }
        }
    }

    private final String title;
    private final List<Bar> bars;
    private final Locale locale;

    public BarChart(String title, List<Bar> bars, Locale locale) {
        this.title = Objects.requireNonNull(title, "title");
        this.bars = List.copyOf(bars);
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public List<Bar> bars() {
        return bars;
    }

    /** Height of the drawing in SVG units (one row per bar, at least one row for the empty chart). */
    int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT;
    }

    /** Length of a bar in SVG units: proportional to the largest value; zero stays zero, a tiny value stays visible. */
    double barLength(BigDecimal value) {
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (max.signum() == 0 || value.signum() == 0) {
            return 0;
        }
        double room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double length = value.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * room;
        return Math.max(2, Math.round(length * 10) / 10.0);
    }

    public String toSvg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height()).append("\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title>").append(escape(title)).append("</title>");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            rows.add(row(i, bars.get(i)));
        }
        rows.forEach(svg::append);
        return svg.append("</svg>").toString();
    }

    private String row(int index, Bar bar) {
        int top = index * ROW_HEIGHT;
        int middle = top + ROW_HEIGHT / 2;
        double length = barLength(bar.value());
        String value = format(bar.value(), locale);
        return "<g class=\"chart-row\"><title>" + escape(bar.label() + ": " + value) + "</title>"
                + "<text class=\"chart-label\" x=\"0\" y=\"" + middle + "\" dominant-baseline=\"middle\">"
                + escape(shorten(bar.label())) + "</text>"
                + "<rect class=\"chart-bar\" x=\"" + LABEL_WIDTH + "\" y=\"" + (top + 5) + "\" width=\"" + length
                + "\" height=\"" + (ROW_HEIGHT - 10) + "\" rx=\"3\"/>"
                + "<text class=\"chart-value\" x=\"" + (LABEL_WIDTH + length + 6) + "\" y=\"" + middle
                + "\" dominant-baseline=\"middle\">" + escape(value) + "</text></g>";
    }

    /** A figure in the user's language: grouping separators, at most two decimals ("1.026" in Italian). */
    public static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
