package secmc.papers.guardzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.LocalRunner;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.stats.Tally;

/** Smoke tests: every guard-zone figure is registered, declares its parameters, and runs. */
class GuardZoneScenariosTest {
    private static final List<String> IDS = List.of("guardzone.fig3", "guardzone.fig4", "guardzone.fig5",
            "guardzone.fig6", "guardzone.fig7", "guardzone.fig8", "guardzone.fig9", "guardzone.fig10");

    @Test
    void registeredWithSpecParameterNames() {
        Set<String> required = Set.of("lambda_P", "lambda_S", "lambda_S_max", "r_g", "r_o", "alpha", "beta_db", "theta_db",
                "snr_p_db", "snr_s_db", "eta", "e_min", "epsilon", "mode");
        for (String id : IDS) {
            Scenario s = Catalog.get(id);
            Set<String> names = s.parameters().stream().map(ParamDef::name).collect(Collectors.toSet());
            assertTrue(names.containsAll(required), id + " parameters " + names);
            assertTrue(s.realizations(Scale.PAPER) >= 100_000 || s.metrics().stream().noneMatch(MetricDef::simulated), id);
        }
    }

    /** One point of every figure, a few realizations: rows carry theory, estimates where simulated, and the x in params. */
    @Test
    void everyFigureRuns() {
        for (String id : IDS) {
            Scenario s = Catalog.get(id);
            Params base = s.defaults();
            Plan full = s.plan(base);
            Axis axis = full.axis();
            int xi = axis.size() / 2;
            Plan one = new Plan(List.of(full.curves().get(0)),
                    new Axis(axis.name(), axis.unit(), new double[] {axis.value(xi)}, axis.log()));
            RunSpec spec = RunSpec.of(s, base, one, 200, 1L);
            Tally[] t = new LocalRunner(1).run(spec);
            List<ResultRow> rows = Results.rows(spec, t);
            assertTrue(!rows.isEmpty(), id);
            for (ResultRow r : rows) {
                assertNotNull(r.theory(), id + " " + r.metric() + " has theory");
                assertTrue(r.params().contains("\"" + axis.name() + "\":"), r.params());
            }
            boolean simulated = s.metrics().stream().anyMatch(MetricDef::simulated);
            assertEquals(simulated, rows.stream().anyMatch(r -> r.estimate() != null), id);
        }
    }

    @Test
    void validationNamesTheParameter() {
        Scenario s = Catalog.get("guardzone.fig3");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.validate(s.defaults().with("lambda_S", 0.5)));
        assertTrue(e.getMessage().contains("lambda_S"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.defaults().withText("mode", "pphp"));
        assertTrue(e.getMessage().contains("mode"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.defaults().withText("alpha", "2"));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }
}
