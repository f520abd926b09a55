package org.partnerledger.console.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a chart shows, as data: the browser's script turns it into an ECharts option. Delivered in the page as a
 * {@code data-chart} attribute (escaped like any text), so no page holds inline script.
 */
public record Chart(String title, String kind, String unit, List<String> categories, List<Series> series) {

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** @param values one per category, {@code null} where there is none */
    public record Series(String name, List<Number> values, List<Line> lines) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            lines = List.copyOf(lines);
        }
    }

    /** A horizontal reference line, e.g. a metric's baseline. */
    public record Line(String name, Number value) {
    }
}
