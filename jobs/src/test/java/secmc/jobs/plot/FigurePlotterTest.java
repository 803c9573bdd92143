package secmc.jobs.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.ResultRow;

/** Tick labels that stay readable on small, large and log ranges; PNG and SVG per panel. */
class FigurePlotterTest {
    @TempDir
    Path tmp;

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
        List<ResultRow> rows = new ArrayList<>();
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
        assertEquals(4, chart.getSeriesMap().size(), "theory line and simulation markers per curve");
        assertTrue(chart.getSeriesMap().containsKey("alpha=3 (simulation)") && chart.getSeriesMap().containsKey("alpha=4 (theory)"));
    }
}
