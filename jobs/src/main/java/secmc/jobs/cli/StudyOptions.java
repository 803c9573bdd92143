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

    @Option(names = "--scale", paramLabel = "quick|paper",
            description = "Default realizations per point: quick (minutes for everything) or paper (paper precision). Default: quick.")
    String scale;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed. Default: 1.")
    Long seed;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML study: scenario, parameter values, x-axis and curve sweeps (see data/examples/). Options given on the command line (--set, --realizations, --scale, --seed) override the file.")
    String config;

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

    /**
     * Resolves the run: scenario, parameters, plan, realizations and seed, all validated.
     * With {@code --config}, the study file gives the scenario (when {@code id} is null), values
     * and sweeps; command-line options override it.
     */
    RunSpec resolve(String id) {
        StudyFile.Study study = null;
        if (config != null) {
            study = StudyFile.read(java.nio.file.Path.of(config));
            if (id != null && !id.equals(study.scenarioId())) {
                throw new IllegalArgumentException("scenario " + id + " on the command line differs from scenario "
                        + study.scenarioId() + " in " + config);
            }
            id = study.scenarioId();
        }
        if (id == null) {
            throw new IllegalArgumentException("run needs a scenario ID (see 'secmc list'), --config FILE or --resume DIR");
        }
        Scenario scenario = Catalog.get(id);
        String scaleText = scale != null ? scale : study != null && study.scale() != null ? study.scale() : "quick";
        Scale sc = Scale.parse(scaleText);
        if (realizations != null && (realizations < 1 || realizations > RunSpec.MAX_REALIZATIONS)) {
            throw new IllegalArgumentException("--realizations must be an integer in [1, " + RunSpec.MAX_REALIZATIONS
                    + "], got " + realizations);
        }
        Map<String, String> sets = parsedSets(scenario);
        Params base = scenario.defaults();
        if (study != null) {
            base = base.withAll(study.params());
        }
        for (Map.Entry<String, String> e : sets.entrySet()) {
            base = base.withText(e.getKey(), e.getValue());
        }
        Plan plan = study != null ? StudyFile.plan(study, scenario, base) : scenario.plan(base);
        for (String name : sets.keySet()) {
            plan = plan.pin(name, base.get(name));
        }
        long n = realizations != null ? realizations
                : study != null && study.realizations() != null && scale == null ? study.realizations()
                : scenario.realizations(sc);
        long s = seed != null ? seed : study != null && study.seed() != null ? study.seed() : 1L;
        try {
            return RunSpec.of(scenario, base, plan, n, s);
        } catch (IllegalArgumentException e) {
            // a rule between parameters (checked per grid point): name the file it came from
            throw study == null ? e : new IllegalArgumentException(config + ": " + e.getMessage(), e);
        }
    }
}
