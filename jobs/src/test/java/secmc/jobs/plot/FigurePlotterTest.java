package secmc.jobs.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.LocalRunner;
import secmc.scenario.Plan;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/** Overlay panels ("a+b"), their file names, tick-label decimals, exact-0 ticks and log-safe labels; PNG and SVG. */
class FigurePlotterTest {
    @TempDir
    Path tmp;

    @Test
    void overlayPanelIsOneChartNamedAfterItsFirstMetric() throws IOException {
        Scenario s = Catalog.get("guardzone.fig5");
        Plan full = s.plan(s.defaults());
        Plan small = new Plan(full.curves(), new Axis("r_g", "m", new double[] {0, 10, 20}, false));
        RunSpec spec = RunSpec.of(s, s.defaults(), small, 100, 1L);
        List<ResultRow> rows = Results.rows(spec, new LocalRunner(1).run(spec));
        List<Path> files = FigurePlotter.plot(s, rows, "r_g (m)", false, tmp);
        assertEquals(List.of(tmp.resolve("guardzone.fig5-p_s.png"), tmp.resolve("guardzone.fig5-p_s.svg")), files);
        org.knowm.xchart.XYChart chart = FigurePlotter.panel(s, "p_s+p_s_nl+p_s_il", rows, "r_g (m)", false);
        java.util.Set<String> series = legend(chart);
        // p_s: theory and simulation per SNR curve (6); p_s^NL per curve (3); p_s^IL is the same
        // for every SNR, so drawn once (1).
        assertEquals(10, series.size(), series.toString());
        assertTrue(series.contains("SNR_S=50dB p_s_nl"), series.toString());
        assertTrue(series.contains("p_s_il"), series.toString());
        assertTrue(series.contains("SNR_S=40dB (simulation)"), series.toString());
        assertFalse(Files.exists(tmp.resolve("guardzone.fig5-p_s_nl.png")), "no separate NL panel");
    }

    @Test
    void tickPatternsTellTheValuesApart() {
        assertEquals("0.0##", FigurePlotter.decimalPattern(0.1, 0.9, false));
        assertEquals("#,##0.###", FigurePlotter.decimalPattern(0, 20, false));
        assertEquals("0.##E0", FigurePlotter.decimalPattern(1e-4, 1e-2, true), "a 1e-4 log tick must not print as 0");
        assertEquals("0.##E0", FigurePlotter.decimalPattern(1e-5, 1e-3, false));
        // secrecy.fig6: interference in W; "#.###" printed every tick as 0 and XChart's tick search never ended
        assertEquals("0.##E0", FigurePlotter.decimalPattern(2.6e-13, 4.4e-10, false));
        assertEquals("0.##E0", FigurePlotter.decimalPattern(0, 2e6, false));
    }

    @Test
    void tickLabels() {
        assertEquals("0.##E0", FigurePlotter.decimalPattern(1e-5, 1e-3, true), "log axes are scientific");
        assertEquals("0.##E0", FigurePlotter.decimalPattern(1e-5, 1e-3, false), "else 1e-5 and 1e-4 both print 0");
        assertEquals("0.##E0", FigurePlotter.decimalPattern(0, 2e6, false));
        assertEquals("0.0##", FigurePlotter.decimalPattern(0, 0.5, false));
        assertEquals("#,##0.###", FigurePlotter.decimalPattern(2, 12, false));
        var f = FigurePlotter.tickFormat("0.##E0", new double[] {-6e-7, 2.2e-6});
        assertEquals("0", f.apply(0.0), "zero is '0', not '0E0'");
        assertEquals("0", f.apply(1e-22), "round-off around zero too");
        assertEquals("2E-7", f.apply(2e-7));
        assertEquals("-4E-7", f.apply(-4e-7));
    }

    @Test
    void plotsEveryPanelAsPngAndSvgOnALogAxis() throws IOException {
        List<ResultRow> rows = new java.util.ArrayList<>();
        double[] xs = Axis.logspace(1e-5, 1e-3, 5);
        for (String curve : List.of("alpha=3", "alpha=4")) {
            for (double x : xs) {
                double p = Math.exp(-1e3 * x);
                rows.add(new ResultRow("ppp.coverage", curve, "lambda", x, "coverage", p, 0.01, p - 0.02, p + 0.02,
                        1000, 0, p, "{}", 1, "test"));
            }
        }
        List<Path> files = FigurePlotter.plot(Catalog.get("ppp.coverage"), rows, "lambda (1/m^2)", true, tmp);
        assertEquals(List.of(tmp.resolve("ppp.coverage-coverage.png"), tmp.resolve("ppp.coverage-coverage.svg")), files);
        byte[] png = Files.readAllBytes(files.get(0));
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG image");
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg"), "an SVG image (text is drawn as paths)");
        var chart = FigurePlotter.chart(Catalog.get("ppp.coverage"), "coverage", rows, "lambda (1/m^2)", "coverage", true,
                false);
        FigurePlotter.axisPatterns(chart, rows, true, false);
        assertTrue(chart.getStyler().isXAxisLogarithmic());
        assertTrue(chart.getStyler().getyAxisTickLabelsFormattingFunction() != null, "linear y: exact 0 ticks");
        // a tick formatting function makes XChart label a log axis linearly: only a pattern there
        assertEquals(null, chart.getStyler().getxAxisTickLabelsFormattingFunction());
        assertEquals("0.##E0", chart.getStyler().getXAxisDecimalPattern());
        assertEquals(4, legend(chart).size(), "theory line and simulation markers per curve");
        assertTrue(chart.getSeriesMap().containsKey("alpha=3 (simulation) 95% CI"), "CI bars, out of the legend");
        assertTrue(chart.getSeriesMap().containsKey("alpha=3 (simulation)") && chart.getSeriesMap().containsKey("alpha=4 (theory)"));
    }

    @Test
    void perPanelLogScaleFollowsTheStyle() {
        // secrecy.fig2: (b) the distance to p* is log-scaled as in the paper, the power panel is linear
        Scenario s = Catalog.get("secrecy.fig2");
        List<ResultRow> rows = Results.rows(RunSpec.of(s, s.defaults(), s.plan(s.defaults()), 1, 1L),
                new LocalRunner(1).run(RunSpec.of(s, s.defaults(), s.plan(s.defaults()), 1, 1L)));
        assertTrue(FigurePlotter.panel(s, "relative_error", rows, "iteration", false).getStyler().isYAxisLogarithmic());
        assertFalse(FigurePlotter.panel(s, "sbs_power", rows, "iteration", false).getStyler().isYAxisLogarithmic());
    }

    /** Series shown in the legend (CI bars are series of their own, kept out of it). */
    private static java.util.Set<String> legend(org.knowm.xchart.XYChart chart) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        chart.getSeriesMap().forEach((k, v) -> {
            if (v.isShowInLegend()) {
                names.add(k);
            }
        });
        return names;
    }

    @Test
    void ciBarsSpanTheIntervalNotASymmetricHalfWidth() {
        // secrecy.fig6 style: a fraction 0 with Wilson CI [0, 0.0876]; symmetric bars went to -0.044
        Scenario s = Catalog.get("ppp.coverage");
        List<ResultRow> rows = List.of(
                new ResultRow("ppp.coverage", "alpha=3", "beta_db", 0.0, "coverage", 0.0, 0.0, 0.0, 0.0876, 40, 0,
                        null, "{}", 1, "test"),
                new ResultRow("ppp.coverage", "alpha=3", "beta_db", 1.0, "coverage", 0.5, 0.07, 0.35, 0.65, 40, 0,
                        null, "{}", 1, "test"));
        var chart = FigurePlotter.chart(s, "coverage", rows, "beta (dB)", "coverage", false, false);
        double[] y = chart.getSeriesMap().get("alpha=3 95% CI").getYData();
        double min = java.util.Arrays.stream(y).filter(Double::isFinite).min().orElseThrow();
        double max = java.util.Arrays.stream(y).filter(Double::isFinite).max().orElseThrow();
        assertEquals(0.0, min, "bar starts at the interval's lower end");
        assertEquals(0.65, max, "and ends at its upper end");
    }
}
