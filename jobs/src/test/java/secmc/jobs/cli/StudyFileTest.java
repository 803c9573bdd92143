package secmc.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import secmc.scenario.Axis;
import secmc.scenario.Curve;
import secmc.scenario.RunSpec;

/** YAML studies: what a file resolves to, precedence of the command line, and one-line FILE:LINE errors. */
class StudyFileTest {
    @TempDir
    Path tmp;

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static RunSpec resolve(String... args) {
        StudyOptions o = new StudyOptions();
        new CommandLine(o).parseArgs(args);
        return o.resolve(null);
    }

    private static String err(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code, "exit code for bad input; stderr: " + err);
        String e = err.toString();
        assertEquals(1, e.strip().lines().count(), "one line: " + e);
        assertFalse(e.contains("\tat "), "no stack trace");
        return e.strip();
    }

    private static boolean isEmptyOrAbsent(Path p) throws IOException {
        if (!Files.exists(p)) {
            return true;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void logRangeOnXAndListOfCurves() throws IOException {
        Path f = write("s.yaml", """
                scenario: ppp.coverage
                realizations: 3000
                seed: 11
                params:
                  r_o: 25
                x:
                  param: lambda
                  from: 1.0e-5
                  to: 1e-3
                  points: 3
                  scale: log
                curves:
                  param: alpha
                  values: [3, 3.5]
                """);
        RunSpec s = resolve("--config", f.toString());
        assertEquals("ppp.coverage", s.scenarioId());
        assertEquals(3000, s.realizations());
        assertEquals(11, s.seed());
        assertEquals(25.0, s.base().real("r_o"));
        Axis a = s.plan().axis();
        assertEquals("lambda", a.name());
        assertEquals("1/m^2", a.unit());
        assertTrue(a.log());
        // logspace keeps the end points exact; the middle is 10^-4 to within an ulp or two
        assertArrayEquals(new double[] {1e-5, 1e-4, 1e-3}, a.values(), 1e-19);
        assertEquals(List.of("alpha=3", "alpha=3.5"), s.plan().curves().stream().map(Curve::label).toList());
        assertEquals(6, s.grid().points().size());
        assertEquals(1e-4, s.grid().points().get(4).params().real("lambda"), 1e-19);
        assertEquals(3.5, s.grid().points().get(4).params().real("alpha"));
    }

    @Test
    void explicitCurvesAndLinearRange() throws IOException {
        Path f = write("s.yaml", """
                scenario: guardzone.fig3
                x: {param: r_o, from: 1, to: 3, points: 5}
                curves:
                  - {label: sparse, params: {lambda_P: 0.005, lambda_S: 0.001}}
                  - label: dense
                    params: {lambda_P: 0.02}
                """);
        RunSpec s = resolve("--config", f.toString());
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 3}, s.plan().axis().values(), 0);
        assertFalse(s.plan().axis().log());
        assertEquals(List.of("sparse", "dense"), s.plan().curves().stream().map(Curve::label).toList());
        assertEquals(0.001, s.grid().points().get(0).params().real("lambda_S"));
        assertEquals(0.01, s.grid().points().get(5).params().real("lambda_S"), "default where a curve does not set it");
    }

    @Test
    void commandLineOverridesTheFile() throws IOException {
        Path f = write("s.yaml", """
                scenario: ppp.coverage
                realizations: 3000
                seed: 11
                params: {r_o: 25}
                curves: {param: alpha, values: [3, 4]}
                """);
        RunSpec s = resolve("--config", f.toString(), "--set", "r_o=30", "--set", "alpha=5", "--seed", "4",
                "--realizations", "500");
        assertEquals(30.0, s.base().real("r_o"));
        assertEquals(4, s.seed());
        assertEquals(500, s.realizations());
        assertEquals(1, s.plan().curves().size(), "--set pins the swept curve parameter");
        assertEquals(5.0, s.grid().points().get(0).params().real("alpha"));
        // --scale on the command line beats the file's realizations
        assertEquals(1_000_000, resolve("--config", f.toString(), "--scale", "paper").realizations());
        // a parameter fixed in the file pins the figure's own curves, like --set
        Path g = write("g.yaml", "scenario: ppp.coverage\nparams:\n  alpha: 3.5\n");
        RunSpec p = resolve("--config", g.toString());
        assertEquals(1, p.plan().curves().size());
        assertEquals(3.5, p.grid().points().get(0).params().real("alpha"));
        assertEquals(31, p.plan().axis().size(), "the figure's x-axis when the file gives none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name | YAML with \n for newlines | expected message after 'secmc: error: FILE'
        "malformed       | scenario: ppp.coverage\\nparams:\\n  lambda: 1e-4\\n r_o: 3\\n          | :4:2: malformed YAML",
        "unclosed list   | scenario: ppp.coverage\\ncurves: {param: alpha, values: [3, 4}\\n      | :2:",
        "unknown param   | scenario: ppp.coverage\\nparams:\\n  lambda: 1e-4\\n  gamma: 3\\n   | :4: unknown parameter 'gamma'; known: lambda",
        "out of range    | scenario: ppp.coverage\\nx:\\n  param: lambda\\n  values: [1e-4, 0]\\n | :4: parameter lambda must be a number in (0, 10] (1/m^2), got '0'",
        "not a number    | scenario: ppp.coverage\\nparams: {alpha: four}\\n                     | :2: parameter alpha must be a number in (2, 8], got 'four'",
        "unknown key     | scenario: ppp.coverage\\nrealisations: 10\\n                         | :2: unknown key 'realisations' in the study file; allowed: curves, params",
        "no scenario     | params: {alpha: 3}\\n                                              | :1: missing key 'scenario'",
        "bad scenario    | scenario: ppp.nope\\n                                              | :1: unknown scenario 'ppp.nope'",
        "log from 0      | scenario: ppp.coverage\\nx: {param: beta_db, from: 0, to: 10, points: 3, scale: log}\\n | :2: x.scale log needs from > 0",
        "choice on x     | scenario: ppp.coverage\\nx: {param: estimator, values: [plain]}\\n   | :2: x.param estimator is a choice {plain, conditional}",
        "both fixed/swept| scenario: ppp.coverage\\nparams: {alpha: 3}\\ncurves: {param: alpha, values: [3, 4]}\\n | :3: parameter alpha is both fixed in 'params' and swept in 'curves'",
        "range and list  | scenario: ppp.coverage\\nx: {param: lambda, values: [1], from: 1}\\n | :2: 'x' needs either 'values: [...]' or 'from', 'to' and 'points'",
        "points too many | scenario: ppp.coverage\\nx: {param: lambda, from: 1e-5, to: 1e-3, points: 1e9}\\n | :2: x.points must be an integer in [1, 10000], got '1e9'",
        "unsafe tag      | scenario: ppp.coverage\\nparams:\\n  lambda: !!java.net.URL http://example.org\\n | :3:11: malformed YAML: Global tag is not allowed",
        "duplicate key   | scenario: ppp.coverage\\nseed: 1\\nseed: 2\\n                        | :3: duplicate key 'seed' in the study file",
        "duplicate param | scenario: ppp.coverage\\nparams:\\n  alpha: 3\\n  alpha: 4\\n | :4: parameter alpha appears twice in 'params'",
        "local tag       | scenario: ppp.coverage\\nparams:\\n  alpha: !cmd 3\\n        | :3: alpha has an unsupported YAML tag !cmd",
        "x not a param   | scenario: antijam.fig2\\nx: {param: epsilon, values: [0.1, 0.2]}\\n      | :2: scenario antijam.fig2 plots against 'slot', which is not a parameter",
        "type suffix     | scenario: ppp.coverage\\nparams: {alpha: 3f}\\n                     | :2: parameter alpha must be a number in (2, 8], got '3f'",
        "curves scale    | scenario: ppp.coverage\\ncurves: {param: alpha, values: [3, 4], scale: lin}\\n | :2: curves.scale must be one of {linear, log}, got 'lin'",
        "cross-parameter | scenario: ppp.coverage\\nparams: {radius: 10}\\n                     | : parameter radius must be > r_o = 20.0 (m), got 10.0",
    })
    void badStudyIsOneLineWithFileLineAndExitTwoAndNothingWritten(String name, String yaml, String expected)
            throws IOException {
        Path f = write("bad.yaml", yaml.replace("\\n", "\n"));
        Path out = tmp.resolve("out");
        String e = err("run", "--config", f.toString(), "--out", out.toString());
        assertTrue(e.startsWith("secmc: error: " + f + expected.trim()), name + ": " + e);
        assertTrue(isEmptyOrAbsent(out), "nothing written");
    }

    @Test
    void missingIdAndConflictingIdAreBadInput() throws IOException {
        assertTrue(err("run").startsWith("secmc: error: run needs a scenario ID"));
        Path f = write("s.yaml", "scenario: ppp.coverage\n");
        assertTrue(err("run", "guardzone.fig3", "--config", f.toString()).contains("differs from scenario ppp.coverage"));
        assertTrue(err("run", "--config", tmp.resolve("none.yaml").toString()).contains("is not a readable file"));
        assertTrue(err("figures", "--config", f.toString()).contains("use 'secmc run --config FILE'"));
    }
}
