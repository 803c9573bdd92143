package secmc.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import secmc.scenario.Catalog;
import secmc.scenario.Params;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;
import secmc.scenario.Task;

/** The progress display: counts, worst half-width, modes. (No timing is asserted.) */
class ProgressTest {
    @Test
    void barShowsBlocksAndWorstHalfWidth() {
        Scenario s = Catalog.get("ppp.coverage");
        Params base = s.defaults();
        RunSpec spec = RunSpec.of(s, base, s.plan(base).pin("alpha", 3.0).pin("beta_db", 0.0), 20_000, 3);
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w, true), Progress.Mode.BAR, spec);
        p.planned(2);
        assertTrue(Double.isNaN(p.worstHalfWidth()), "nothing observed yet");
        p.reused(spec.execute(new Task(0, 0, 10_000)));
        double afterOne = p.worstHalfWidth();
        p.done(spec.execute(new Task(0, 1, 10_000)));
        p.close();
        // A proportion's 95 % half-width shrinks like 1/sqrt(n): 10^4 -> 2*10^4 divides it by ~sqrt(2).
        assertEquals(afterOne / Math.sqrt(2), p.worstHalfWidth(), 0.05 * afterOne);
        String out = w.toString();
        assertTrue(out.contains("2/2 blocks (1 from checkpoint)"), out);
        assertTrue(out.contains("worst 95% half-width"), out);
        assertTrue(out.contains("100%"), out);
        assertTrue(out.endsWith(System.lineSeparator()), "the bar line is finished");
        assertEquals(1, p.computed());
    }

    @Test
    void modes() {
        assertEquals(Progress.Mode.PLAIN, Progress.Mode.parse("plain"));
        assertEquals(Progress.Mode.NONE, Progress.Mode.parse("none"));
        var e = assertThrows(IllegalArgumentException.class, () -> Progress.Mode.parse("fancy"));
        assertTrue(e.getMessage().startsWith("--progress must be one of {auto, bar, plain, none}"));
    }
}
