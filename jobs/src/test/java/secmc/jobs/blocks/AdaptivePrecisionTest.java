package secmc.jobs.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.cli.Main;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.spark.TestSpark;
import secmc.scenario.ResultRow;

/**
 * {@code --target-ci}: blocks are added per cell until the target or the maximum; decisions
 * depend only on blocks merged in block order, so runners and partitions change nothing.
 */
class AdaptivePrecisionTest {
    @TempDir
    Path tmp;

    /** beta_db pinned at 5 dB: one point per curve, each curve its own cell (blocks of 10^4). */
    static final String[] STUDY = {"ppp.coverage", "--set", "beta_db=5", "--set", "radius=500",
        "--seed", "21", "--progress", "none"};

    static List<ResultRow> run(Path out, String... more) {
        StringWriter log = new StringWriter();
        String[] args = Stream.of(new String[] {"run"}, STUDY, new String[] {"--out", out.toString()}, more)
                .flatMap(Stream::of).toArray(String[]::new);
        if (!List.of(more).contains("--realizations")) {
            args = Stream.concat(Stream.of(args), Stream.of("--realizations", "10000")).toArray(String[]::new);
        }
        int code = Main.execute(args, new PrintWriter(log, true), new PrintWriter(log, true));
        assertEquals(0, code, log.toString());
        return DatasetReader.read(TestSpark.session(), out.resolve("ppp.coverage").toString());
    }

    @Test
    void stopsAtTargetOrMaximumIndependentlyOfParallelism() {
        double w = 0.006;
        List<ResultRow> local = run(tmp.resolve("a"), "--target-ci", String.valueOf(w), "--max-realizations", "60000",
                "--runner", "local", "--threads", "1");
        List<ResultRow> spark = run(tmp.resolve("b"), "--target-ci", String.valueOf(w), "--max-realizations", "60000",
                "--master", "local[2]", "--partitions", "3");
        assertEquals(local, spark, "bit-identical whatever runs the blocks");
        assertEquals(2, local.size());
        for (ResultRow r : local) {
            double hw = (r.ciHigh() - r.ciLow()) / 2;
            assertEquals(0, r.realizations() % 10_000, "whole blocks only");
            if (r.targetMet()) {
                assertTrue(hw <= w, "met means half-width " + hw + " <= " + w);
            } else {
                assertTrue(hw > w);
                assertEquals(60_000, r.realizations(), "unmet only at the maximum");
            }
        }
        // A p ~ 0.5 proportion needs n >= (1.96 * 0.5 / 0.006)^2 = 26 700 realizations: more than the initial 10^4.
        assertTrue(local.stream().allMatch(r -> r.realizations() > 10_000), local.toString());
    }

    @Test
    void aCellThatStopsEqualsTheFixedRunOfThatSize() {
        List<ResultRow> adaptive = run(tmp.resolve("a"), "--target-ci", "0.006", "--max-realizations", "60000",
                "--runner", "local");
        ResultRow first = adaptive.get(0);
        List<ResultRow> fixed = run(tmp.resolve("f"), "--realizations", String.valueOf(first.realizations()), "--runner", "local");
        ResultRow f = fixed.get(0);
        assertEquals(f.estimate(), first.estimate());
        assertEquals(f.ciLow(), first.ciLow());
        assertEquals(f.realizations(), first.realizations());
        assertNull(f.targetMet(), "fixed runs have no target");
    }

    @Test
    void looseTargetStopsAtTheInitialRealizationsAndImpossibleOneAtTheMaximum() {
        List<ResultRow> loose = run(tmp.resolve("l"), "--target-ci-rel", "0.5", "--runner", "local");
        assertTrue(loose.stream().allMatch(r -> r.realizations() == 10_000 && r.targetMet()), loose.toString());
        List<ResultRow> tight = run(tmp.resolve("t"), "--target-ci", "1e-6", "--max-realizations", "30000", "--runner", "local");
        assertTrue(tight.stream().allMatch(r -> r.realizations() == 30_000 && !r.targetMet()), tight.toString());
        assertNotEquals(loose.get(0).estimate(), tight.get(0).estimate());
    }

    @Test
    void anAdaptiveRunResumedAfterLosingBlocksGivesTheSameRows() throws java.io.IOException {
        Path runDir = tmp.resolve("rd");
        List<ResultRow> first = run(tmp.resolve("a"), "--target-ci", "0.006", "--max-realizations", "60000",
                "--runner", "local", "--run-dir", runDir.toString());
        // Simulate a crash that lost every other block (the resumed dataset replaces the first one).
        List<Path> blocks;
        try (Stream<Path> s = java.nio.file.Files.list(runDir.resolve("blocks"))) {
            blocks = s.sorted().toList();
        }
        int lost = 0;
        for (int i = 0; i < blocks.size(); i += 2) {
            java.nio.file.Files.delete(blocks.get(i));
            lost++;
        }
        StringWriter log = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"run", "--resume", runDir.toString(), "--runner", "local", "--progress", "none"},
                new PrintWriter(log, true), new PrintWriter(log, true)), log.toString());
        assertTrue(log.toString().contains("(" + (blocks.size() - lost) + " of " + blocks.size() + " blocks from checkpoint)"),
                log.toString());
        assertEquals(first, DatasetReader.read(TestSpark.session(), tmp.resolve("a").resolve("ppp.coverage").toString()),
                "the same rounds, the same blocks, the same bits");
    }

    @Test
    void badTargetsAreBadInput() {
        for (String[] bad : List.of(new String[] {"--target-ci", "0"}, new String[] {"--target-ci", "NaN"},
                new String[] {"--target-ci-rel", "-1"}, new String[] {"--max-realizations", "50000"},
                new String[] {"--target-ci", "0.01", "--max-realizations", "5000"})) {
            StringWriter log = new StringWriter();
            String[] args = Stream.of(new String[] {"run"}, STUDY, new String[] {"--out", tmp.resolve("x").toString()}, bad)
                    .flatMap(Stream::of).toArray(String[]::new);
            assertEquals(2, Main.execute(args, new PrintWriter(log, true), new PrintWriter(log, true)), log.toString());
            assertTrue(log.toString().startsWith("secmc: error: --"), log.toString());
            assertEquals(1, log.toString().strip().lines().count(), log.toString());
            assertTrue(!tmp.resolve("x").toFile().exists(), "nothing written");
        }
    }
}
