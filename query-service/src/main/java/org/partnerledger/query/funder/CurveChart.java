package org.partnerledger.query.funder;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.partnerledger.query.funder.FunderView.MetricView;
import org.partnerledger.query.funder.FunderView.PeriodView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A metric's "turn the curve" chart: the actual values per period against their targets and the baseline. */
final class CurveChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private CurveChart() {
    }

    static byte[] png(MetricView metric) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PeriodView period : metric.periods()) {
            data.addValue(period.actual(), "Actual", period.period());
            data.addValue(period.target(), "Target", period.period());
            data.addValue(period.baseline(), "Baseline", period.period());
        }
        JFreeChart chart = ChartFactory.createLineChart(metric.name(), "Period", metric.unit(), data,
                PlotOrientation.VERTICAL, true, false, false);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return png.toByteArray();
    }
}
