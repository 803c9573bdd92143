package secmc.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.parquet.DatasetWriter;
import secmc.scenario.Axis;

/**
 * The shipped example studies ({@code data/examples/*.yaml}) run end to end through the CLI
 * (Spark local mode), and their datasets are read back with DuckDB's JDBC driver, an
 * independent Parquet reader: the documented columns with the documented logical types.
 */
class ExampleStudiesTest {
    static final Path EXAMPLES = Path.of("..", "data", "examples");
    /** Realizations per point for the test runs (the files ask for more; --realizations overrides). */
    static final String N = "4000";

    @TempDir
    static Path tmp;

    static Path coverage;
    static Path guardzone;

    @BeforeAll
    static void runExamples() {
        coverage = run("coverage-vs-density-log.yaml", "ppp.coverage");
        guardzone = run("guardzone-connection-curves.yaml", "guardzone.fig3");
    }

    private static Path run(String file, String id) {
        Path out = tmp.resolve(file);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"run", "--config", EXAMPLES.resolve(file).toString(), "--realizations", N,
            "--master", "local[2]", "--out", out.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, file + ": " + e);
        Path ds = out.resolve(id);
        assertTrue(Files.isRegularFile(ds.resolve(DatasetWriter.MANIFEST)), file + ": manifest");
        return ds;
    }

    private static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static String parquet(Path ds) {
        return "read_parquet('" + ds.toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
    }

    /** The README's dataset table: column -> DuckDB type. */
    static final Map<String, String> DOCUMENTED = new LinkedHashMap<>();

    static {
        for (String c : List.of("scenario_id", "curve", "x_name")) {
            DOCUMENTED.put(c, "VARCHAR");
        }
        DOCUMENTED.put("x", "DOUBLE");
        DOCUMENTED.put("metric", "VARCHAR");
        for (String c : List.of("estimate", "std_error", "ci_low", "ci_high")) {
            DOCUMENTED.put(c, "DOUBLE");
        }
        DOCUMENTED.put("realizations", "BIGINT");
        DOCUMENTED.put("failures", "BIGINT");
        DOCUMENTED.put("theory", "DOUBLE");
        DOCUMENTED.put("params", "VARCHAR");
        DOCUMENTED.put("seed", "BIGINT");
        DOCUMENTED.put("engine_version", "VARCHAR");
        DOCUMENTED.put("target_met", "BOOLEAN");
    }

    @Test
    void duckDbFindsTheDocumentedColumnsAndLogicalTypes() throws SQLException {
        for (Path ds : List.of(coverage, guardzone)) {
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> converted = new LinkedHashMap<>();
            Map<String, String> repetition = new LinkedHashMap<>();
            try (Connection c = duckdb(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + parquet(ds))) {
                    while (rs.next()) {
                        types.put(rs.getString("column_name"), rs.getString("column_type"));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT name, converted_type, repetition_type FROM parquet_schema('"
                        + ds.toAbsolutePath() + "/*.parquet') WHERE num_children IS NULL")) {
                    while (rs.next()) {
                        converted.put(rs.getString(1), rs.getString(2));
                        repetition.put(rs.getString(1), rs.getString(3));
                    }
                }
            }
            assertEquals(DOCUMENTED, types, ds + ": columns, order and types");
            for (Map.Entry<String, String> e : DOCUMENTED.entrySet()) {
                if (e.getValue().equals("VARCHAR")) {
                    assertEquals("UTF8", converted.get(e.getKey()), e.getKey() + " is annotated as a UTF-8 string");
                }
            }
            // nullable exactly where the README says "null if not simulated / none"
            for (String col : DOCUMENTED.keySet()) {
                boolean nullable = List.of("estimate", "std_error", "ci_low", "ci_high", "theory", "target_met")
                        .contains(col);
                assertEquals(nullable ? "OPTIONAL" : "REQUIRED", repetition.get(col), col);
            }
        }
    }

    @Test
    void coverageExampleSweepsLambdaOnALogAxisAndAgreesWithTheory() throws SQLException, IOException {
        List<double[]> rows = new ArrayList<>();
        TreeSet<String> curves = new TreeSet<>();
        try (Connection c = duckdb(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT curve, x_name, x, estimate, std_error, theory, realizations, seed"
                     + " FROM " + parquet(coverage) + " WHERE metric = 'coverage' ORDER BY curve, x")) {
            while (rs.next()) {
                curves.add(rs.getString(1));
                assertEquals("lambda", rs.getString(2));
                assertEquals(Long.parseLong(N), rs.getLong(7));
                assertEquals(7, rs.getLong(8), "the file's seed");
                rows.add(new double[] {rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)});
            }
        }
        assertEquals(new TreeSet<>(List.of("alpha=3", "alpha=4")), curves);
        assertEquals(18, rows.size(), "2 curves x 9 points");
        double[] xs = Axis.logspace(1e-5, 1e-3, 9);
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            assertEquals(xs[i % 9], r[0], 0, "x is the log range of the file");
            // Exact closed form (Haenggi 2012, Thm. 5.7; the far field beyond radius is exact):
            // |estimate - theory| <= 4.5 stderr. Per point the normal tail is 6.8e-6, so the
            // false-failure probability over the 18 points is below 1.3e-4 (and the seed is fixed).
            assertTrue(Math.abs(r[1] - r[3]) <= 4.5 * r[2], "point " + i + ": " + r[1] + " vs theory " + r[3]
                    + " (stderr " + r[2] + ")");
        }
        // coverage falls as interferers get denser: theory is strictly decreasing along each curve
        for (int i = 1; i < rows.size(); i++) {
            if (i % 9 != 0) {
                assertTrue(rows.get(i)[3] < rows.get(i - 1)[3]);
            }
        }
        JsonNode m = new ObjectMapper().readTree(coverage.resolve(DatasetWriter.MANIFEST).toFile());
        for (String key : List.of("engine_version", "git_commit", "master_seed", "params", "realizations_per_point",
                "compute_seconds", "spark_master")) {
            assertTrue(m.has(key), "manifest has " + key + ": " + m);
        }
        assertEquals(7, m.get("master_seed").asLong());
        assertEquals(500.0, m.get("params").get("radius").asDouble(), "the file's params are resolved into the manifest");
        assertTrue(m.get("axis").get("log").asBoolean());
    }

    @Test
    void guardzoneExampleHasOneCurvePerPrimaryDensity() throws SQLException {
        Map<String, List<Double>> xs = new LinkedHashMap<>();
        try (Connection c = duckdb(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT curve, x_name, x, params, estimate FROM " + parquet(guardzone)
                     + " WHERE metric = 'p_c'")) {
            while (rs.next()) {
                String curve = rs.getString(1);
                assertEquals("r_g", rs.getString(2));
                xs.computeIfAbsent(curve, k -> new ArrayList<>()).add(rs.getDouble(3));
                String lp = curve.substring("lambda_P=".length());
                assertTrue(rs.getString(4).contains("\"lambda_P\":" + lp), rs.getString(4));
                assertTrue(rs.getString(4).contains("\"r_g\":" + rs.getDouble(3)), rs.getString(4));
                assertTrue(rs.getString(4).contains("\"lambda_S\":0.01"), "the file's fixed value");
                double p = rs.getDouble(5);
                assertTrue(p >= 0 && p <= 1, "a probability");
            }
        }
        assertEquals(List.of("lambda_P=0.005", "lambda_P=0.01", "lambda_P=0.02"), new ArrayList<>(xs.keySet()));
        for (List<Double> x : xs.values()) {
            assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), x);
        }
    }
}
