package secmc.jobs.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import secmc.scenario.FigureStyle;
import secmc.scenario.MetricDef;
import secmc.scenario.ResultRow;
import secmc.scenario.Scenario;

/**
 * Draws a dataset as the paper draws it: one chart per panel metric, each curve in its own
 * colour, simulation as markers with 95 % CI bars, theory as a line of the same colour. Writes
 * PNG and SVG (XChart + VectorGraphics2D), each file atomically.
 */
public final class FigurePlotter {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0x7f7f7f), new Color(0xbcbd22),
    };

    private FigurePlotter() {
    }

    /**
     * Plots every panel of {@code scenario}'s style that has rows.
     *
     * @param rows the dataset's rows
     * @param xLabel x-axis label with unit
     * @param logX whether the x-axis is logarithmic (from the run's axis)
     * @param outDir where {@code <scenario>-<metric>.png} and {@code .svg} go
     * @return the files written
     */
    public static List<Path> plot(Scenario scenario, List<ResultRow> rows, String xLabel, boolean logX, Path outDir) {
        FigureStyle style = scenario.style();
        List<Path> written = new ArrayList<>();
        for (String panelName : style.panels()) {
            XYChart chart = panel(scenario, panelName, rows, xLabel, logX);
            if (chart == null) {
                continue;
            }
            String base = scenario.id() + "-" + panelName.split("\\+")[0];
            written.add(save(chart, outDir, base, true));
            written.add(save(chart, outDir, base, false));
        }
        return written;
    }

    /**
     * The chart of one panel, or null when its first metric has no rows. {@code "a+b+c"}: metric a
     * drawn as usual, b and c overlaid as dashed theory lines (e.g. a probability with its noise-
     * and interference-limited forms, as the paper draws them).
     */
    static XYChart panel(Scenario scenario, String panelName, List<ResultRow> rows, String xLabel, boolean logX) {
        FigureStyle style = scenario.style();
        String[] parts = panelName.split("\\+");
        String metric = parts[0];
        List<ResultRow> panel = rows.stream().filter(r -> r.metric().equals(metric)).toList();
        if (panel.isEmpty()) {
            return null;
        }
        MetricDef def = scenario.metrics().stream().filter(m -> m.name().equals(metric)).findFirst().orElse(null);
        String yLabel = style.panels().size() == 1 ? style.yLabel()
                : metric + (def == null || def.unit().isEmpty() ? "" : " (" + def.unit() + ")");
        XYChart chart = chart(scenario, metric, panel, xLabel, yLabel, logX, style.logY());
        List<ResultRow> all = new ArrayList<>(panel);
        for (int o = 1; o < parts.length; o++) {
            String name = parts[o];
            List<ResultRow> extra = rows.stream().filter(r -> r.metric().equals(name)).toList();
            overlay(chart, name, extra, logX, style.logY(), o - 1);
            all.addAll(extra);
        }
        finish(chart, all, logX, style.logY());
        return chart;
    }

    /** Theory lines of another metric on the same axes: curve colours, dashed (pattern by overlay index). */
    private static void overlay(XYChart chart, String metric, List<ResultRow> rows, boolean logX, boolean logY, int index) {
        float[][] dashes = {{8f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f}};
        Map<String, List<ResultRow>> byCurve = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            byCurve.computeIfAbsent(r.curve(), k -> new ArrayList<>()).add(r);
        }
        List<String> seen = new ArrayList<>();
        int c = 0;
        for (Map.Entry<String, List<ResultRow>> e : byCurve.entrySet()) {
            Color color = PALETTE[c++ % PALETTE.length];
            List<ResultRow> th = e.getValue().stream()
                    .filter(r -> usable(r.x(), logX) && r.theory() != null && usable(r.theory(), logY)).toList();
            if (th.isEmpty()) {
                continue;
            }
            double[] y = th.stream().mapToDouble(ResultRow::theory).toArray();
            // A curve-independent overlay (same values on every curve) is drawn once, in grey.
            String key = java.util.Arrays.toString(y);
            if (seen.contains(key)) {
                continue;
            }
            boolean shared = byCurve.size() > 1 && byCurve.values().stream().allMatch(l -> java.util.Arrays.toString(
                    l.stream().filter(r -> usable(r.x(), logX) && r.theory() != null && usable(r.theory(), logY))
                            .mapToDouble(ResultRow::theory).toArray()).equals(key));
            seen.add(key);
            XYSeries s = chart.addSeries(shared ? metric : e.getKey() + " " + metric,
                    th.stream().mapToDouble(ResultRow::x).toArray(), y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(shared ? Color.DARK_GRAY : color);
            s.setLineStyle(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    dashes[index % dashes.length], 0f));
        }
    }

    /**
     * Legend and tick labels once all series are in: a legend too wide for one row goes to the
     * right as a column (a horizontal legend below the plot is clipped at the sides); tick labels
     * get enough decimals for the smallest positive value on the axis (0.0001 on a log axis
     * printed as "0" with a fixed 3-decimal pattern).
     */
    private static void finish(XYChart chart, List<ResultRow> rows, boolean logX, boolean logY) {
        int chars = chart.getSeriesMap().keySet().stream().mapToInt(String::length).sum();
        int entries = chart.getSeriesMap().size();
        if (chars + 6 * entries > 90) {
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        }
        double minX = rows.stream().mapToDouble(ResultRow::x).map(Math::abs).filter(v -> v > 0 && Double.isFinite(v))
                .min().orElse(1);
        double minY = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.estimate(), r.theory()))
                .filter(v -> v != null).mapToDouble(Double::doubleValue).map(Math::abs)
                .filter(v -> v > 0 && Double.isFinite(v)).min().orElse(1);
        chart.getStyler().setXAxisDecimalPattern(decimalPattern(minX, logX));
        chart.getStyler().setYAxisDecimalPattern(decimalPattern(minY, logY));
    }

    /**
     * "#.###" (3 decimals) unless the axis goes below 1e-3: then decimals enough for two
     * significant digits of its smallest positive value, at most 8 (linear axes: values below
     * a tick step never label a tick, so only log axes need the full depth).
     */
    static String decimalPattern(double minPositive, boolean log) {
        int d = 3;
        if (minPositive < 1e-3) {
            d = Math.min(8, (int) Math.ceil(-Math.log10(minPositive)) + (log ? 0 : 1));
            if (!log) {
                d = Math.min(d, 6);
            }
        }
        return "#." + "#".repeat(d);
    }

    static XYChart chart(Scenario scenario, String metric, List<ResultRow> rows, String xLabel, String yLabel,
                         boolean logX, boolean logY) {
        XYChart chart = new XYChartBuilder().width(800).height(560)
                .title(scenario.id() + " (" + scenario.figure() + "): " + metric)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Styler st = chart.getStyler();
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setMarkerSize(7);
        st.setDecimalPattern("#.###");

        Map<String, List<ResultRow>> byCurve = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            byCurve.computeIfAbsent(r.curve(), k -> new ArrayList<>()).add(r);
        }
        int c = 0;
        for (Map.Entry<String, List<ResultRow>> e : byCurve.entrySet()) {
            Color color = PALETTE[c++ % PALETTE.length];
            List<ResultRow> cr = e.getValue().stream().filter(r -> usable(r.x(), logX)).toList();
            List<ResultRow> sim = cr.stream().filter(r -> r.estimate() != null && usable(r.estimate(), logY)).toList();
            List<ResultRow> th = cr.stream().filter(r -> r.theory() != null && usable(r.theory(), logY)).toList();
            if (!th.isEmpty()) {
                XYSeries s = chart.addSeries(e.getKey() + (sim.isEmpty() ? "" : " (theory)"),
                        th.stream().mapToDouble(ResultRow::x).toArray(),
                        th.stream().mapToDouble(ResultRow::theory).toArray());
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(color);
                s.setLineStyle(new BasicStroke(1.8f));
            }
            if (!sim.isEmpty()) {
                double[] err = sim.stream().mapToDouble(r -> r.ciHigh() == null || r.ciLow() == null ? 0
                        : 0.5 * (r.ciHigh() - r.ciLow())).toArray();
                XYSeries s = chart.addSeries(e.getKey() + (th.isEmpty() ? "" : " (simulation)"),
                        sim.stream().mapToDouble(ResultRow::x).toArray(),
                        sim.stream().mapToDouble(ResultRow::estimate).toArray(),
                        logY ? null : err);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(color);
                s.setLineColor(color);
            }
        }
        return chart;
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    private static Path save(XYChart chart, Path outDir, String base, boolean png) {
        try {
            Files.createDirectories(outDir);
            Path tmp = outDir.resolve("." + base + "." + java.util.UUID.randomUUID() + (png ? ".png" : ".svg"));
            String tmpBase = tmp.toString().substring(0, tmp.toString().length() - 4);
            if (png) {
                BitmapEncoder.saveBitmapWithDPI(chart, tmpBase, BitmapEncoder.BitmapFormat.PNG, 120);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, tmpBase, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
            Path dest = outDir.resolve(base + (png ? ".png" : ".svg"));
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return dest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + base + ": " + e.getMessage(), e);
        }
    }
}
