package it.mutua.admin.dashboard;

import com.vaadin.flow.component.html.Div;

/**
 * Shows a server-drawn SVG. The SVG goes in as the inner HTML of a plain {@code <div>}: the browser's HTML parser then
 * puts it in the SVG namespace (an {@code <svg>} made with createElement would not render). The SVG is built only from
 * escaped text ({@link BarChart}), never from raw user input.
 */
public class SvgChart extends Div {

    public SvgChart() {
        addClassName("svg-chart");
    }

    public void show(BarChart chart) {
        getElement().setProperty("innerHTML", chart.toSvg());
    }
}
