package secmc.jobs.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import secmc.jobs.parquet.DatasetSchema;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.Curve;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Plan;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;

/** {@code secmc describe <id>}: paper, figure, equations, parameters, grid and output columns. */
@Command(name = "describe", description = "Describe a scenario: paper, equations, parameters (defaults, units, ranges), outputs.")
final class DescribeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Scenario id (see 'secmc list').")
    String id;

    @Override
    public Integer call() {
        Scenario s = Catalog.get(id);
        PrintWriter out = spec.commandLine().getOut();
        out.println(s.id() + ": " + s.title());
        out.println("paper:   " + s.paper());
        out.println("figure:  " + s.figure());
        if (!s.equations().isEmpty()) {
            out.println("equations:");
            s.equations().forEach(e -> out.println("  - " + e));
        }
        out.println("parameters (--set name=value):");
        int w = s.parameters().stream().mapToInt(p -> p.name().length()).max().orElse(4);
        for (ParamDef p : s.parameters()) {
            out.printf("  %-" + w + "s  default %-10s  %-22s  %-8s  %s%n", p.name(), fmtDefault(p), p.range(),
                    p.unit().isEmpty() ? "-" : p.unit(), p.description());
        }
        Plan plan = s.plan(s.defaults());
        Axis a = plan.axis();
        out.println("x-axis:  " + a.name() + (a.unit().isEmpty() ? "" : " (" + a.unit() + ")") + " = "
                + Arrays.stream(a.values()).mapToObj(DescribeCommand::fmtShort).collect(Collectors.joining(", "))
                + (a.log() ? "  [log scale]" : ""));
        out.println("curves:  " + plan.curves().stream().map(Curve::label).collect(Collectors.joining("; ")));
        out.println("grouping (common random numbers): " + s.grouping().name().toLowerCase(java.util.Locale.ROOT)
                + "; block size " + s.blockSize());
        out.println("realizations per point: quick " + s.realizations(Scale.QUICK) + ", paper " + s.realizations(Scale.PAPER));
        out.println("metrics:");
        for (MetricDef m : s.metrics()) {
            out.printf("  %-24s %-10s %s%s%n", m.name(), m.simulated() ? "simulated" : "theory", m.description(),
                    m.unit().isEmpty() ? "" : " [" + m.unit() + "]");
        }
        out.println("columns: " + String.join(", ", DatasetSchema.columns()));
        out.println("  (Parquet, one row per curve, x and metric; types: " + DatasetSchema.columnTypes() + ")");
        out.println("run:     secmc run " + s.id() + " [--set NAME=VALUE]... [--scale quick|paper]   or a YAML study: secmc run --config FILE");
        out.flush();
        return 0;
    }

    /** A value with at most 6 significant digits (0.007 rather than 0.006999999999999999). */
    static String fmtShort(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return ParamDef.fmt(v);
        }
        String t = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (t.contains("e")) {
            String[] parts = t.split("e");
            return parts[0].replaceAll("\\.?0+$", "") + "e" + Integer.parseInt(parts[1]);
        }
        return t.contains(".") ? t.replaceAll("\\.?0+$", "") : t;
    }

    private static String fmtDefault(ParamDef p) {
        Object v = p.defaultValue();
        return v instanceof Double d ? ParamDef.fmt(d) : String.valueOf(v);
    }
}
