package secmc.jobs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import secmc.scenario.Catalog;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.RunSpec;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;

/** What to simulate: parameter values, realizations, seed. Shared by {@code run} and {@code figures}. */
final class StudyOptions {
    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a parameter (the spec's symbol; see 'secmc describe ID'). Repeatable. Setting the x-axis or a curve parameter pins it to that value.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--realizations", paramLabel = "N",
            description = "Realizations per grid point (overrides --scale).")
    Long realizations;

    @Option(names = "--scale", paramLabel = "quick|paper", defaultValue = "quick",
            description = "Default realizations per point: quick (minutes for everything) or paper (paper precision). Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    /** The parsed --set values in order, validated against the scenario's parameters. */
    Map<String, String> parsedSets(Scenario scenario) {
        Map<String, String> out = new LinkedHashMap<>();
        Params defaults = scenario.defaults();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set expects NAME=VALUE, got '" + s + "'");
            }
            String name = s.substring(0, eq).trim();
            defaults.def(name);
            out.put(name, s.substring(eq + 1));
        }
        return out;
    }

    /** Resolves the run: scenario, parameters, plan, realizations and seed, all validated. */
    RunSpec resolve(String id) {
        Scenario scenario = Catalog.get(id);
        Scale sc = Scale.parse(scale);
        if (realizations != null && (realizations < 1 || realizations > RunSpec.MAX_REALIZATIONS)) {
            throw new IllegalArgumentException("--realizations must be an integer in [1, " + RunSpec.MAX_REALIZATIONS
                    + "], got " + realizations);
        }
        Map<String, String> sets = parsedSets(scenario);
        Params base = scenario.defaults();
        for (Map.Entry<String, String> e : sets.entrySet()) {
            base = base.withText(e.getKey(), e.getValue());
        }
        Plan plan = scenario.plan(base);
        for (String name : sets.keySet()) {
            plan = plan.pin(name, base.get(name));
        }
        long n = realizations != null ? realizations : scenario.realizations(sc);
        return RunSpec.of(scenario, base, plan, n, seed);
    }
}
