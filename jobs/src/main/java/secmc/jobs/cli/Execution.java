package secmc.jobs.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import secmc.jobs.blocks.BlockDriver;
import secmc.jobs.blocks.BlockRunner;
import secmc.jobs.blocks.LocalBlockRunner;
import secmc.jobs.checkpoint.CheckpointStore;
import secmc.jobs.checkpoint.CheckpointStore.StoredRun;
import secmc.jobs.parquet.DatasetWriter;
import secmc.jobs.parquet.RunDescription;
import secmc.jobs.plot.FigurePlotter;
import secmc.jobs.progress.Progress;
import secmc.jobs.spark.SparkBlockRunner;
import secmc.scenario.EngineVersion;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;

/** Runs a resolved spec (checkpointed, adaptive, with progress), writes its dataset atomically, optionally plots it. */
final class Execution {
    private Execution() {
    }

    /** Outcome of one run. */
    record Outcome(List<ResultRow> rows, Path dataset, double seconds, BlockDriver.Computed computed) {
    }

    /** A fixed run without checkpoints or progress (used by {@code figures}). */
    static Outcome run(SparkSession spark, RunSpec spec, ExecOptions exec, Path outDir, boolean plot, PrintWriter out) {
        StoredRun job = new StoredRun(spec, null, spec.realizations(), outDir.toString(), plot, EngineVersion.get());
        return run(spark, job, exec, null, out, null, Progress.Mode.NONE);
    }

    /**
     * Runs {@code job}: computes its blocks (skipping those already in {@code store}), writes the
     * dataset to {@code job.outDir()/ID} atomically, then marks the run directory complete.
     *
     * @param store the run directory, or null
     * @param err where progress goes (null: none)
     */
    static Outcome run(SparkSession spark, StoredRun job, ExecOptions exec, CheckpointStore store, PrintWriter out,
                       PrintWriter err, Progress.Mode progressMode) {
        RunSpec spec = job.spec();
        long t0 = System.nanoTime();
        BlockRunner runner = exec.runner.equals("local")
                ? new LocalBlockRunner(exec.threads == 0 ? Runtime.getRuntime().availableProcessors() : exec.threads)
                : new SparkBlockRunner(spark, exec.partitions);
        Progress progress = err == null || progressMode == Progress.Mode.NONE ? null : new Progress(err, progressMode, spec);
        BlockDriver.Computed c;
        try {
            c = BlockDriver.compute(spec, job.target(), job.initialRealizations(), runner, store, progress);
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        double computeSeconds = (System.nanoTime() - t0) / 1e9;
        List<ResultRow> rows = Results.rows(spec, c.merged(), c.targetMet());
        ObjectNode desc = RunDescription.of(spec);
        if (job.target() != null) {
            ObjectNode t = desc.putObject("target");
            if (job.target().absolute() != null) {
                t.put("ci_half_width", job.target().absolute());
            }
            if (job.target().relative() != null) {
                t.put("ci_half_width_relative", job.target().relative());
            }
            t.put("initial_realizations", job.initialRealizations());
            t.put("max_realizations", spec.realizations());
        }
        String runJson = RunDescription.toJson(desc);
        ObjectNode manifest = desc.deepCopy();
        manifest.put("complete", true);
        manifest.put("runner", exec.runner);
        manifest.put("spark_master", spark.sparkContext().master());
        manifest.put("partitions", exec.partitions);
        long blocks = 0;
        for (long b : c.blocksPerCell()) {
            blocks += b;
        }
        manifest.put("tasks", blocks);
        manifest.put("tasks_computed", c.computed());
        manifest.put("tasks_from_checkpoint", c.reused());
        manifest.put("rounds", c.rounds());
        if (store != null) {
            manifest.put("run_dir", store.dir().toAbsolutePath().toString());
        }
        manifest.put("compute_seconds", computeSeconds);
        manifest.put("created_utc", Instant.now().toString());
        manifest.put("git_commit", System.getProperty("secmc.git.commit", "unknown"));
        manifest.put("rows", rows.size());
        Path outDir = Path.of(job.outDir());
        Path dataset = outDir.resolve(spec.scenarioId());
        DatasetWriter.write(spark, rows, dataset.toString(), runJson, RunDescription.toJson(manifest));
        if (store != null) {
            store.writeState(true, dataset.toAbsolutePath().toString(), c.computed() + c.reused());
        }
        if (job.plot()) {
            FigurePlotter.plot(spec.scenario(), rows, xLabel(spec), spec.plan().axis().log(), outDir);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long points = spec.grid().points().size();
        long realizations = 0;
        for (var t : c.merged()) {
            realizations += t.realizations();
        }
        String reusedNote = c.reused() > 0 ? " (" + c.reused() + " of " + blocks + " blocks from checkpoint)" : "";
        String targetNote = "";
        if (c.targetMet() != null) {
            int met = 0;
            for (boolean m : c.targetMet()) {
                met += m ? 1 : 0;
            }
            targetNote = ", target met at " + met + "/" + points + " points in " + c.rounds() + " rounds";
        }
        out.printf("%s: %d points, %d realizations in total%s, computed in %.2f s (%.3g realizations/s)%s%s, %d rows -> %s%n",
                spec.scenarioId(), points, realizations, realizationsNote(c, spec), computeSeconds,
                realizations / Math.max(computeSeconds, 1e-9), reusedNote, targetNote, rows.size(), dataset);
        out.flush();
        return new Outcome(rows, dataset, seconds, c);
    }

    private static String realizationsNote(BlockDriver.Computed c, RunSpec spec) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (var t : c.merged()) {
            min = Math.min(min, t.realizations());
            max = Math.max(max, t.realizations());
        }
        return min == max ? " (" + max + " per point)" : " (" + min + " to " + max + " per point)";
    }

    static String xLabel(RunSpec spec) {
        var a = spec.plan().axis();
        return a.name() + (a.unit().isEmpty() ? "" : " (" + a.unit() + ")");
    }
}
