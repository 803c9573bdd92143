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

    /** One marker shape per curve (as in print, where colour may be lost). */
    private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS,
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
            String base = fileBase(scenario.id(), panelName.split("\\+")[0]);
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
        String yLabel = style.panels().size() == 1 && !style.yLabel().isBlank() && !style.yLabel().equals("value")
                ? style.yLabel() : yLabel(metric, def);
        boolean logY = style.logY(metric);
        XYChart chart = chart(scenario, metric, panel, xLabel, yLabel, logX, logY);
        List<ResultRow> all = new ArrayList<>(panel);
        for (int o = 1; o < parts.length; o++) {
            String name = parts[o];
            List<ResultRow> extra = rows.stream().filter(r -> r.metric().equals(name)).toList();
            overlay(chart, name, extra, logX, logY, o - 1);
            all.addAll(extra);
        }
        axisPatterns(chart, all, logX, logY);
        return chart;
    }

    /** File name (without extension) of a panel's images: {@code <scenario>-<metric>}. */
    public static String fileBase(String scenarioId, String metric) {
        return scenarioId + "-" + metric;
    }

    /** A panel's y label: the metric, what it is (when short enough to read on an axis) and its unit. */
    static String yLabel(String metric, MetricDef def) {
        if (def == null) {
            return metric;
        }
        String d = def.description();
        int cut = d.indexOf(", eq.");
        d = cut > 0 ? d.substring(0, cut) : d;
        String label = d.isEmpty() || d.length() > 48 || d.equals(metric) ? metric : metric + ": " + d;
        return label + (def.unit().isEmpty() ? "" : " (" + def.unit() + ")");
    }

    /**
     * Tick-label pattern for values spanning {@code [min, max]}: scientific on log axes and for
     * very small or large magnitudes (else 1e-5 and 1e-4 would both print as "0"), plain otherwise.
     */
    static String decimalPattern(double min, double max, boolean log) {
        double m = Math.max(Math.abs(min), Math.abs(max));
        if (log || m >= 1e5 || (m > 0 && m < 1e-2)) {
            return "0.##E0";
        }
        if (m < 1) {
            return "0.0##";
        }
        return "#,##0.###";
    }

    /** Tick labels in {@code pattern}, with an exact "0" for zero (a scientific pattern prints "0E0"). */
    static java.util.function.Function<Double, String> tickFormat(String pattern, double[] range) {
        java.text.DecimalFormat f = new java.text.DecimalFormat(pattern,
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        double tiny = 1e-9 * Math.max(Math.abs(range[0]), Math.abs(range[1]));
        return v -> Math.abs(v) <= tiny ? "0" : f.format(v);
    }

    static XYChart chart(Scenario scenario, String metric, List<ResultRow> rows, String xLabel, String yLabel,
                         boolean logX, boolean logY) {
        XYChart chart = new XYChartBuilder().width(960).height(560)
                .title(scenario.id() + " (" + scenario.figure() + "): " + metric)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        // Outside on the right, one entry per line: a horizontal legend is cut off with 3+ curves.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendBorderColor(new Color(0xbbbbbb));
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setMarkerSize(7);

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
                String label = e.getKey() + (th.isEmpty() ? "" : " (simulation)");
                ciWhiskers(chart, label, sim, rows, logX, logY, color);
                XYSeries s = chart.addSeries(label,
                        sim.stream().mapToDouble(ResultRow::x).toArray(),
                        sim.stream().mapToDouble(ResultRow::estimate).toArray());
                if (th.isEmpty() && sim.size() > 1) {
                    // no theory to compare with: a thin line guides the eye along the curve
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    s.setLineStyle(new BasicStroke(0.8f));
                } else {
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                }
                s.setMarker(MARKERS[(c - 1) % MARKERS.length]);
                s.setMarkerColor(color);
                s.setLineColor(color);
            }
        }
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
     * Tick patterns from every value on the axes (panel and overlays). Not one fixed pattern:
     * "#.###" on a 1e-12 W axis prints every tick as "0" and XChart's tick calculator then never
     * finishes (secrecy.fig6's interference panels hung the main job).
     */
    static void axisPatterns(XYChart chart, List<ResultRow> rows, boolean logX, boolean logY) {
        double[] xr = range(rows, true);
        double[] yr = range(rows, false);
        var st = chart.getStyler();
        // XChart's log axes ignore a formatting function's tick placement (labels come out linear):
        // a decimal pattern there, a function with an exact "0" on linear axes (a scientific
        // pattern alone prints zero as "0E0").
        if (logX) {
            st.setXAxisDecimalPattern(decimalPattern(xr[0], xr[1], true));
        } else {
            st.setxAxisTickLabelsFormattingFunction(tickFormat(decimalPattern(xr[0], xr[1], false), xr));
        }
        if (logY) {
            st.setYAxisDecimalPattern(decimalPattern(yr[0], yr[1], true));
        } else {
            st.setyAxisTickLabelsFormattingFunction(tickFormat(decimalPattern(yr[0], yr[1], false), yr));
        }
    }

    /**
     * The 95 % interval of each simulated point as a vertical bar with caps, from its own bounds.
     * Why not XChart's error bars: they are symmetric (estimate +- half-width), but Wilson and
     * order-statistic intervals are not, so near 0 a proportion's or a median's bar went below
     * zero (e.g. violation fraction 0 with CI [0, 0.088] drawn as +-0.044). One series per curve,
     * broken by NaN between bars, drawn before the markers and kept out of the legend.
     */
    private static void ciWhiskers(XYChart chart, String label, List<ResultRow> sim, List<ResultRow> all,
                                   boolean logX, boolean logY, Color color) {
        double[] xr = range(all, true);
        // cap half-width: 0.6 % of the x range (multiplicative on a log axis)
        double cap = logX && xr[0] > 0 ? Math.pow(xr[1] / xr[0], 0.006) : 0.006 * (xr[1] - xr[0]);
        List<double[]> pts = new ArrayList<>();
        for (ResultRow r : sim) {
            if (r.ciLow() == null || r.ciHigh() == null || !(r.ciHigh() > r.ciLow())) {
                continue;
            }
            double lo = r.ciLow();
            double hi = r.ciHigh();
            if (logY && !(lo > 0)) {
                continue; // a log axis cannot draw a bar down to 0
            }
            double x = r.x();
            double xl = logX ? x / cap : x - cap;
            double xh = logX ? x * cap : x + cap;
            pts.add(new double[] {xl, lo});
            pts.add(new double[] {xh, lo});
            pts.add(new double[] {x, Double.NaN});
            pts.add(new double[] {x, lo});
            pts.add(new double[] {x, hi});
            pts.add(new double[] {x, Double.NaN});
            pts.add(new double[] {xl, hi});
            pts.add(new double[] {xh, hi});
            pts.add(new double[] {x, Double.NaN});
        }
        if (pts.isEmpty()) {
            return;
        }
        XYSeries w = chart.addSeries(label + " 95% CI", pts.stream().mapToDouble(p -> p[0]).toArray(),
                pts.stream().mapToDouble(p -> p[1]).toArray());
        w.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        w.setMarker(SeriesMarkers.NONE);
        w.setLineColor(color);
        w.setLineStyle(new BasicStroke(1.0f));
        w.setShowInLegend(false);
    }

    /** Finite range of x ({@code x = true}) or of estimates, CI ends and theory. */
    private static double[] range(List<ResultRow> rows, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ResultRow r : rows) {
            Double[] vs = x ? new Double[] {r.x()} : new Double[] {r.estimate(), r.theory(), r.ciLow(), r.ciHigh()};
            for (Double v : vs) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
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
