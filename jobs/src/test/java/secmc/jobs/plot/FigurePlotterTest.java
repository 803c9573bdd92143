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

/** Overlay panels ("a+b"), their file names, and tick-label decimals. */
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
        java.util.Set<String> series = chart.getSeriesMap().keySet();
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
}
