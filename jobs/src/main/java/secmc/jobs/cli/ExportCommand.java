package secmc.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.parquet.DatasetSchema;
import secmc.jobs.spark.SparkSessions;
import secmc.scenario.ResultRow;

/** {@code secmc export --csv|--json <dataset-dir>}: the dataset as one text file, for pgfplots or Matplotlib. */
@Command(name = "export", description = "Export a dataset as CSV or JSON (one file, written atomically).")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Format {
        @Option(names = "--csv", required = true, description = "Comma-separated values with a header row; nulls are empty.")
        boolean csv;
        @Option(names = "--json", required = true, description = "A JSON array of row objects; nulls are null.")
        boolean json;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    @Parameters(index = "0", paramLabel = "DATASET-DIR", description = "A dataset directory written by 'secmc run' (OUT/ID).")
    String dataset;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file. Default: DATASET-DIR.csv or DATASET-DIR.json.")
    String out;

    @Override
    public Integer call() {
        Path dir = Outputs.checkDataset(dataset);
        String ext = format.csv ? ".csv" : ".json";
        Path file = out != null ? Path.of(out) : Path.of(dir.toAbsolutePath().normalize() + ext);
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--out must be a file path, but '" + file + "' is a directory");
        }
        SparkSession spark = SparkSessions.create(SparkSessions.DEFAULT_MASTER, java.util.Map.of());
        List<ResultRow> rows;
        try {
            rows = DatasetReader.read(spark, dir.toString());
        } finally {
            spark.stop();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (format.csv) {
                    writeCsv(rows, w);
                } else {
                    writeJson(rows, w);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("wrote " + rows.size() + " rows to " + file);
        pw.flush();
        return 0;
    }

    static void writeCsv(List<ResultRow> rows, Writer w) throws IOException {
        w.write(String.join(",", DatasetSchema.columns()));
        w.write('\n');
        for (ResultRow r : rows) {
            Object[] v = {r.scenarioId(), r.curve(), r.xName(), r.x(), r.metric(), r.estimate(), r.stdError(), r.ciLow(),
                r.ciHigh(), r.realizations(), r.failures(), r.theory(), r.params(), r.seed(), r.engineVersion(),
                r.targetMet()};
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(csvField(v[i]));
            }
            w.write('\n');
        }
    }

    static String csvField(Object v) {
        if (v == null) {
            return "";
        }
        String s = String.valueOf(v);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static void writeJson(List<ResultRow> rows, Writer w) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode arr = m.createArrayNode();
        for (ResultRow r : rows) {
            ObjectNode o = arr.addObject();
            o.put("scenario_id", r.scenarioId());
            o.put("curve", r.curve());
            o.put("x_name", r.xName());
            o.put("x", r.x());
            o.put("metric", r.metric());
            o.put("estimate", r.estimate());
            o.put("std_error", r.stdError());
            o.put("ci_low", r.ciLow());
            o.put("ci_high", r.ciHigh());
            o.put("realizations", r.realizations());
            o.put("failures", r.failures());
            o.put("theory", r.theory());
            o.put("params", r.params());
            o.put("seed", r.seed());
            o.put("engine_version", r.engineVersion());
            o.put("target_met", r.targetMet());
        }
        m.writerWithDefaultPrettyPrinter().writeValue(w, arr);
    }
}
