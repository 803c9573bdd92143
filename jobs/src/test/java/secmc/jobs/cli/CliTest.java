package secmc.jobs.cli;

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

/** The command line: exit codes, one-line messages that name the parameter, nothing written on bad input. */
class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static boolean isEmptyOrAbsent(Path p) throws IOException {
        if (!Files.exists(p)) {
            return true;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run nope                                           | unknown scenario 'nope'; known: ",
        "run ppp.coverage --set foo=1                       | unknown parameter 'foo'; known: lambda, r_o",
        "run ppp.coverage --set lambda                      | --set expects NAME=VALUE, got 'lambda'",
        "run ppp.coverage --set lambda=0                    | parameter lambda must be a number in (0, 10] (1/m^2), got '0'",
        "run ppp.coverage --set lambda=-1e-3                | parameter lambda must be a number in (0, 10] (1/m^2), got '-1e-3'",
        "run ppp.coverage --set alpha=2                     | parameter alpha must be a number in (2, 8], got '2'",
        "run ppp.coverage --set alpha=NaN                   | parameter alpha must be a number in (2, 8], got 'NaN'",
        "run ppp.coverage --set beta_db=abc                 | parameter beta_db must be a number in [-50, 50] (dB), got 'abc'",
        "run ppp.coverage --set estimator=fast              | parameter estimator must be one of {plain, conditional}, got 'fast'",
        "run ppp.coverage --set radius=10                   | parameter radius must be > r_o = 20.0 (m), got 10.0",
        "run ppp.coverage --realizations 0                  | --realizations must be an integer in [1, ",
        "run ppp.coverage --realizations -5                 | --realizations must be an integer in [1, ",
        "run ppp.coverage --realizations lots               | Invalid value for option '--realizations'",
        "run ppp.coverage --scale huge                      | scale must be one of {quick, paper}, got 'huge'",
        "run ppp.coverage --partitions -1                   | --partitions must be an integer in [0, 1000000]",
        "run ppp.coverage --runner gpu                      | --runner must be one of {spark, local}, got 'gpu'",
        "run ppp.coverage --bogus                           | Unknown option: '--bogus'",
        "describe nope                                      | unknown scenario 'nope'",
        "figures --scale big                                | scale must be one of {quick, paper}, got 'big'",
        "figures --only ppp.coverage,nope                   | unknown scenario 'nope'",
    })
    void badInputIsOneLineExitTwoAndNothingWritten(String args, String expected) throws IOException {
        Path out = tmp.resolve("out");
        String[] argv = (args.trim() + " --out " + out).split("\\s+");
        if (args.startsWith("describe")) {
            argv = args.trim().split("\\s+");
        }
        Result r = cli(argv);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("secmc: error: " + expected.trim()), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(isEmptyOrAbsent(out), "nothing written");
    }

    /** Every subcommand's help formats cleanly: a stray '%' in a description makes picocli warn on stderr and print it raw. */
    @Test
    void everyHelpFormatsWithoutPicocliWarnings() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        List<String> names = List.copyOf(new picocli.CommandLine(new Main()).getSubcommands().keySet());
        assertFalse(names.isEmpty());
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String name : names) {
                Result r = cli(name, "--help");
                assertEquals(0, r.code(), name + " --help");
                assertTrue(r.out().contains("Usage: secmc " + name), name + " --help: " + r.out());
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
    }

    @Test
    void unreadableDatasetIsBadInput() {
        Result r = cli("plot", tmp.resolve("missing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("secmc: error: dataset-dir '"), r.err());
        r = cli("export", "--csv", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a secmc dataset"), r.err());
    }

    @Test
    void listAndDescribe() {
        Result r = cli("list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("ppp.coverage"));
        r = cli("describe", "ppp.coverage");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("lambda"));
        assertTrue(r.out().contains("(0, 10]"));
        assertTrue(r.out().contains("1/m^2"));
        assertTrue(r.out().contains("columns: scenario_id, curve, x_name, x, metric, estimate"));
    }

    @Test
    void runPlotAndExportEndToEnd() throws IOException {
        Path out = tmp.resolve("runs");
        Result r = cli("run", "ppp.coverage", "--realizations", "3000", "--set", "radius=300", "--set", "beta_db=5",
                "--seed", "3", "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, r.code(), r.err());
        Path ds = out.resolve("ppp.coverage");
        assertTrue(Files.isRegularFile(ds.resolve("_manifest.json")));
        String manifest = Files.readString(ds.resolve("_manifest.json"));
        assertTrue(manifest.contains("\"master_seed\" : 3"), manifest);
        assertTrue(manifest.contains("\"radius\" : 300.0"), manifest);

        r = cli("plot", ds.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve("ppp.coverage-coverage.png")) > 1000);
        assertTrue(Files.readString(out.resolve("ppp.coverage-coverage.svg")).contains("<svg"));

        r = cli("export", "--csv", ds.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("ppp.coverage.csv"));
        assertEquals("scenario_id,curve,x_name,x,metric,estimate,std_error,ci_low,ci_high,realizations,failures,theory,params,seed,engine_version,target_met",
                lines.get(0));
        assertEquals(3, lines.size(), "two curves at the pinned beta_db = 5 dB");
        assertTrue(lines.get(1).startsWith("ppp.coverage,alpha=3,beta_db,5.0,coverage,"), lines.get(1));

        r = cli("export", "--json", ds.toString(), "--out", tmp.resolve("x.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(tmp.resolve("x.json")).contains("\"metric\" : \"coverage\""));
    }
}
