package secmc.jobs.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import secmc.jobs.parquet.DatasetWriter;
import secmc.jobs.parquet.RunDescription;
import secmc.jobs.plot.FigurePlotter;
import secmc.jobs.spark.ScenarioJob;
import secmc.scenario.LocalRunner;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;
import secmc.stats.Tally;

/** Runs a resolved spec, writes its dataset atomically, optionally plots it. */
final class Execution {
    private Execution() {
    }

    /** Outcome of one run. */
    record Outcome(List<ResultRow> rows, Path dataset, double seconds) {
    }

    static Outcome run(SparkSession spark, RunSpec spec, ExecOptions exec, Path outDir, boolean plot, PrintWriter out) {
        long t0 = System.nanoTime();
        Tally[] merged;
        int partitions = exec.partitions;
        if (exec.runner.equals("local")) {
            int threads = exec.threads == 0 ? Runtime.getRuntime().availableProcessors() : exec.threads;
            merged = new LocalRunner(threads).run(spec);
        } else {
            merged = ScenarioJob.run(spark, spec, partitions);
        }
        double computeSeconds = (System.nanoTime() - t0) / 1e9;
        List<ResultRow> rows = Results.rows(spec, merged);
        ObjectNode desc = RunDescription.of(spec);
        String runJson = RunDescription.toJson(desc);
        ObjectNode manifest = desc.deepCopy();
        manifest.put("complete", true);
        manifest.put("runner", exec.runner);
        manifest.put("spark_master", spark.sparkContext().master());
        manifest.put("partitions", partitions);
        manifest.put("tasks", spec.tasks().size());
        manifest.put("compute_seconds", computeSeconds);
        manifest.put("created_utc", Instant.now().toString());
        manifest.put("git_commit", System.getProperty("secmc.git.commit", "unknown"));
        manifest.put("rows", rows.size());
        Path dataset = outDir.resolve(spec.scenarioId());
        DatasetWriter.write(spark, rows, dataset.toString(), runJson, RunDescription.toJson(manifest));
        if (plot) {
            FigurePlotter.plot(spec.scenario(), rows, xLabel(spec), spec.plan().axis().log(), outDir);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long points = spec.grid().points().size();
        out.printf("%s: %d points x %d realizations, computed in %.2f s (%.3g realizations/s), %d rows -> %s%n",
                spec.scenarioId(), points, spec.realizations(), computeSeconds,
                spec.grid().cells().size() * (double) spec.realizations() / Math.max(computeSeconds, 1e-9),
                rows.size(), dataset);
        out.flush();
        return new Outcome(rows, dataset, seconds);
    }

    static String xLabel(RunSpec spec) {
        var a = spec.plan().axis();
        return a.name() + (a.unit().isEmpty() ? "" : " (" + a.unit() + ")");
    }
}
