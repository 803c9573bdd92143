package secmc.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
    private final Plan plan = new Plan(List.of(Curve.of("alpha=3", "alpha", 3.0), Curve.of("alpha=4", "alpha", 4.0)),
            new Axis("beta_db", "dB", Axis.linspace(-10, 20, 31), false));

    @Test
    void pinningTheAxisKeepsOneX() {
        Plan p = plan.pin("beta_db", 5.0);
        assertArrayEquals(new double[] {5.0}, p.axis().values());
        assertEquals(2, p.curves().size());
    }

    @Test
    void pinningACurveParameterMergesTheCurves() {
        Plan p = plan.pin("alpha", 3.5);
        assertEquals(1, p.curves().size());
        assertEquals("alpha=3.5", p.curves().get(0).label());
        assertEquals(31, p.axis().size());
    }

    @Test
    void pinningAnythingElseChangesNothing() {
        assertEquals(plan, plan.pin("lambda", 1e-3));
    }

    @Test
    void gridIsCurveMajorAndCellsFollowTheGrouping() {
        Scenario s = Catalog.get("ppp.coverage");
        Grid g = Grid.of(s, s.defaults(), plan);
        assertEquals(62, g.points().size());
        assertEquals(2, g.cells().size());
        GridPoint p = g.points().get(33);
        assertEquals("alpha=4", p.curve());
        assertEquals(-8.0, p.x());
        assertEquals(4.0, p.params().real("alpha"));
        assertEquals(-8.0, p.params().real("beta_db"));
    }

    @Test
    void spacings() {
        assertArrayEquals(new double[] {1, 10, 100}, Axis.logspace(1, 100, 3), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1}, Axis.linspace(0, 1, 3), 0);
    }
}
