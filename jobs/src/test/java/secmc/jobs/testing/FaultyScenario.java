package secmc.jobs.testing;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.scenario.Axis;
import secmc.scenario.Cell;
import secmc.scenario.Curve;
import secmc.scenario.GridPoint;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.scenario.ScenarioProvider;

/**
 * A test-only scenario (registered from the jobs test classpath) whose "solver" fails with
 * probability {@code fail_prob} per realization, and whose theory is infinite where every
 * realization fails: the numerical guards must count failures and never write NaN or Inf.
 * A realization draws two uniforms: the observation u and the failure decision.
 */
public final class FaultyScenario implements Scenario {
    public static final String ID = "test.faulty";

    /** Registers the scenario. */
    public static final class Provider implements ScenarioProvider {
        @Override
        public List<Scenario> scenarios() {
            return List.of(new FaultyScenario());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String paper() {
        return "test";
    }

    @Override
    public String figure() {
        return "test";
    }

    @Override
    public String title() {
        return "uniform observations with failing realizations";
    }

    @Override
    public List<String> equations() {
        return List.of("none: a test scenario whose realizations fail with probability p (numerical guards)");
    }

    @Override
    public List<ParamDef> parameters() {
        return List.of(ParamDef.real("fail_prob", "", 0.0, 0, true, 1, true, "probability that a realization fails"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.mean("u", "", "mean of a uniform(0,1) draw over non-failed realizations"),
                MetricDef.theory("inv_success", "", "1 / (1 - fail_prob): infinite when every realization fails"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("faulty")), new Axis("fail_prob", "", new double[] {0.0, 0.3, 1.0}, false));
    }

    @Override
    public int blockSize() {
        return 1000;
    }

    @Override
    public long realizations(Scale scale) {
        return 5000;
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, secmc.stats.Tally[] out) {
        double fail = cell.first().params().real("fail_prob");
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            if (rng.nextDouble() < fail) {
                out[0].addFailure();
            } else {
                out[0].metric(0).accept(u);
            }
        }
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        double f = point.params().real("fail_prob");
        return Map.of("u", 0.5, "inv_success", 1 / (1 - f));
    }
}
