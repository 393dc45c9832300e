package it.mutua.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartTest {

    private static BarChart chart(BarChart.Bar... bars) {
        return new BarChart("Enti per tipo", List.of(bars), Locale.ITALIAN);
    }

    private static BarChart.Bar bar(String label, String value) {
        return new BarChart.Bar(label, new BigDecimal(value));
    }

    @Test
    void theLargestValueFillsTheRoomAndTheOthersAreProportional() {
        BarChart chart = chart(bar("Cooperative", "1026"), bar("Federazioni", "513"));
        double room = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
        assertEquals(room, chart.barLength(new BigDecimal("1026")), 0.01);
        assertEquals(room / 2, chart.barLength(new BigDecimal("513")), 0.1);
    }

    @Test
    void zeroStaysZeroAndATinyValueStaysVisible() {
        BarChart chart = chart(bar("Molte", "1000000"), bar("Una", "1"), bar("Nessuna", "0"));
        assertEquals(0, chart.barLength(BigDecimal.ZERO));
        assertEquals(2, chart.barLength(BigDecimal.ONE), 0.001);
    }

    @Test
    void anAllZeroChartDrawsNoBarsButStillOneRowPerLabel() {
        BarChart chart = chart(bar("A", "0"), bar("B", "0"));
        assertEquals(0, chart.barLength(BigDecimal.ZERO));
        assertEquals(2 * BarChart.ROW_HEIGHT, chart.height());
    }

    @Test
    void theSvgIsWellFormedAndEscapesLabels() throws Exception {
        String svg = chart(bar("Coop <\"Sole\"> & Luna", "3")).toSvg();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
        assertTrue(document.getDocumentElement().getTextContent().contains("Coop <\"Sole\"> & Luna: 3"));
        assertFalse(svg.contains("<\"Sole\">"), "label escaped in the markup");
    }

    @Test
    void valuesAreWrittenInTheUsersLanguage() {
        assertEquals("1.026", BarChart.format(new BigDecimal("1026"), Locale.ITALIAN));
        assertEquals("1,026", BarChart.format(new BigDecimal("1026"), Locale.ENGLISH));
        assertEquals("12,5", BarChart.format(new BigDecimal("12.50"), Locale.ITALIAN));
    }

    @Test
    void longLabelsAreShortenedWithAnEllipsisButKeptWholeInTheTooltip() {
        String name = "Cooperativa Sociale di Servizi alla Persona Il Girasole";
        String svg = chart(bar(name, "1")).toSvg();
        assertTrue(svg.contains("<title>" + name + ": 1</title>"));
        assertEquals(BarChart.MAX_LABEL_CHARS, BarChart.shorten(name).length());
        assertTrue(BarChart.shorten(name).endsWith("…"));
    }

    @Test
    void aNegativeFigureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> bar("Debito", "-1"));
    }
}
