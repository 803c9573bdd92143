package secmc.jobs.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.ChildJvm;
import secmc.jobs.cli.Main;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.parquet.RunDescription;
import secmc.jobs.spark.TestSpark;
import secmc.scenario.ResultRow;

/**
 * Checkpoint and resume: a CLI driver (its own JVM, Spark local mode) is SIGKILLed mid-run;
 * {@code secmc run --resume} recomputes only the missing blocks and writes the same dataset,
 * value for value, as an undisturbed run. Deterministic: the outcome does not depend on when
 * the kill lands (every block is a pure function of its identity); only the split between
 * reused and recomputed blocks does, and the test reads it from the run directory.
 */
class ResumeAfterKillTest {
    @TempDir
    Path tmp;

    /** alpha pinned: one curve, 31 points in one cell; 12 blocks of 10^4 realizations. */
    static final String[] STUDY = {"ppp.coverage", "--set", "alpha=3", "--realizations", "120000", "--seed", "11"};

    static int cli(StringWriter out, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    static long blocks(Path runDir) throws IOException {
        Path b = runDir.resolve("blocks");
        if (!Files.isDirectory(b)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(b)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).count();
        }
    }

    @Test
    void killedDriverResumesToTheUndisturbedDataset() throws Exception {
        Path runDir = tmp.resolve("run");
        Path out = tmp.resolve("out");
        String[] args = concat(new String[] {"run"}, STUDY, new String[] {"--run-dir", runDir.toString(), "--out",
            out.toString(), "--master", "local[1]", "--partitions", "12", "--progress", "none"});
        Process p = ChildJvm.start(ChildJvm.command("secmc.jobs.cli.Main", args), tmp.resolve("driver.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        try {
            // Kill once a few blocks are checkpointed (one partition per block, so they arrive one by one).
            while (blocks(runDir) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "driver ended before the kill: " + Files.readString(tmp.resolve("driver.log")));
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        long saved = blocks(runDir);
        assertTrue(saved >= 3 && saved < 12, "blocks checkpointed at the kill: " + saved);
        assertFalse(Files.exists(out.resolve("ppp.coverage")), "a killed run leaves no dataset at the output path");
        String state = Files.readString(runDir.resolve(CheckpointStore.RUN_JSON));
        assertTrue(state.contains("\"complete\" : false"), state);

        StringWriter log = new StringWriter();
        int code = cli(log, "run", "--resume", runDir.toString(), "--master", "local[2]", "--progress", "none");
        assertEquals(0, code, log.toString());
        assertTrue(log.toString().contains("(" + saved + " of 12 blocks from checkpoint)"), log.toString());
        var manifest = RunDescription.parse(Files.readString(out.resolve("ppp.coverage").resolve("_manifest.json")));
        assertEquals(12 - saved, manifest.get("tasks_computed").asLong(), "only the missing blocks are recomputed");
        assertEquals(saved, manifest.get("tasks_from_checkpoint").asLong());
        assertTrue(Files.readString(runDir.resolve(CheckpointStore.RUN_JSON)).contains("\"complete\" : true"));

        Path ref = tmp.resolve("ref");
        StringWriter log2 = new StringWriter();
        code = cli(log2, concat(new String[] {"run"}, STUDY, new String[] {"--out", ref.toString(), "--runner", "local",
            "--threads", "2", "--progress", "none"}));
        assertEquals(0, code, log2.toString());

        var spark = TestSpark.session();
        List<ResultRow> resumed = DatasetReader.read(spark, out.resolve("ppp.coverage").toString());
        List<ResultRow> undisturbed = DatasetReader.read(spark, ref.resolve("ppp.coverage").toString());
        assertEquals(31, undisturbed.size());
        // Record equality compares doubles by bits (Double.compare / Double.equals): exact, no tolerance.
        assertEquals(undisturbed, resumed);
        assertEquals(spark.read().parquet(ref.resolve("ppp.coverage").toString()).schema().json(),
                spark.read().parquet(out.resolve("ppp.coverage").toString()).schema().json(), "run description metadata");
    }

    @Test
    void resumeOfACompleteRunRecomputesNothingAndBadDirsAreBadInput() throws IOException {
        Path runDir = tmp.resolve("run");
        Path out = tmp.resolve("out");
        StringWriter log = new StringWriter();
        String[] args = {"run", "ppp.coverage", "--set", "alpha=4", "--realizations", "20000", "--run-dir", runDir.toString(),
            "--out", out.toString(), "--runner", "local", "--progress", "none"};
        assertEquals(0, cli(log, args), log.toString());
        List<ResultRow> first = DatasetReader.read(TestSpark.session(), out.resolve("ppp.coverage").toString());

        log = new StringWriter();
        assertEquals(0, cli(log, "run", "--resume", runDir.toString(), "--runner", "local", "--progress", "none"), log.toString());
        assertTrue(log.toString().contains("(2 of 2 blocks from checkpoint)"), log.toString());
        assertEquals(first, DatasetReader.read(TestSpark.session(), out.resolve("ppp.coverage").toString()));

        log = new StringWriter();
        assertEquals(2, cli(log, args), "a run dir holding a run is not reused");
        assertTrue(log.toString().startsWith("secmc: error: --run-dir '"), log.toString());
        log = new StringWriter();
        assertEquals(2, cli(log, "run", "--resume", tmp.resolve("nothing").toString()));
        assertTrue(log.toString().startsWith("secmc: error: --resume '"), log.toString());
        try (CheckpointStore held = CheckpointStore.open(runDir)) {
            log = new StringWriter();
            assertEquals(2, cli(log, "run", "--resume", runDir.toString(), "--runner", "local"), "one driver per run dir");
            assertTrue(log.toString().startsWith("secmc: error: run directory '") && log.toString().contains("in use"),
                    log.toString());
        }
        log = new StringWriter();
        assertEquals(2, cli(log, "run", "ppp.coverage", "--resume", runDir.toString()));
        assertTrue(log.toString().startsWith("secmc: error: --resume continues the stored run"), log.toString());
    }

    static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }
}
