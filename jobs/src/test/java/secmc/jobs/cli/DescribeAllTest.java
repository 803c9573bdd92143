package secmc.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import secmc.scenario.Catalog;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Scenario;

/** {@code secmc describe} prints, for every catalogue scenario, what a newcomer needs to use it. */
class DescribeAllTest {
    static Stream<String> ids() {
        return Catalog.all().stream().map(Scenario::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void printsPaperFigureEquationsParametersAndColumns(String id) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"describe", id}, new PrintWriter(out, true), new PrintWriter(err, true)),
                err.toString());
        String d = out.toString();
        Scenario s = Catalog.get(id);
        List<String> lines = d.lines().toList();
        assertTrue(d.startsWith(id + ": " + s.title()), d);
        assertTrue(d.contains("paper:   " + s.paper()), "paper");
        assertTrue(d.contains("figure:  " + s.figure()), "figure");
        assertTrue(!s.equations().isEmpty(), id + " declares the equations it uses");
        for (String e : s.equations()) {
            assertTrue(d.contains("  - " + e), e);
        }
        if (!id.startsWith("ppp.") && !id.startsWith("test.")) {
            // paper scenarios (not the textbook ppp.* or the jobs tests' own test.* scenarios) cite the section of their spec (/work/shared/spec/...) they implement
            assertTrue(s.equations().stream().anyMatch(e -> e.toLowerCase(java.util.Locale.ROOT).contains("spec")),
                    id + " names its spec section(s): " + s.equations());
        }
        for (ParamDef p : s.parameters()) {
            String line = lines.stream().filter(l -> l.startsWith("  " + p.name() + " ")).findFirst().orElse("");
            assertTrue(line.contains("default "), p.name() + ": " + line);
            assertTrue(line.contains(p.range()), p.name() + " range: " + line);
            assertTrue(line.contains(p.unit().isEmpty() ? " - " : p.unit()), p.name() + " unit: " + line);
        }
        for (MetricDef m : s.metrics()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + m.name() + " ")), "metric " + m.name());
        }
        assertTrue(d.contains("x-axis:  "), "x-axis");
        assertTrue(d.contains("columns: scenario_id, curve, x_name, x, metric, estimate"), "columns");
        assertTrue(d.contains("estimate double?"), "column types");
        assertTrue(!d.contains("99999999") && !d.contains("00000001"), "values printed short: " + d);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} --help")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"list", "describe", "run", "plot", "export", "figures", "gallery"})
    void everySubcommandAnswersHelp(String sub) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new String[] {sub, "--help"}, new PrintWriter(out, true), new PrintWriter(err, true)),
                err.toString());
        assertTrue(out.toString().startsWith("Usage: secmc " + sub), out.toString());
    }
}
