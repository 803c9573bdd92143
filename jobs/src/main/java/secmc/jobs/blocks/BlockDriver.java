package secmc.jobs.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import secmc.jobs.checkpoint.CheckpointStore;
import secmc.jobs.progress.Progress;
import secmc.scenario.Cell;
import secmc.scenario.Merger;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;
import secmc.scenario.Task;
import secmc.scenario.TaskResult;
import secmc.stats.Tally;

/**
 * Decides which blocks a run computes, has a {@link BlockRunner} compute them, checkpoints each
 * as it arrives, and merges per point in (cell, block) order.
 *
 * <p><b>Fixed runs</b> compute every block of {@code spec}. <b>Adaptive runs</b> (a
 * {@link Target}) go in rounds: round 0 gives every cell the blocks of the initial realizations;
 * after each round, a cell whose points all meet the target (or that reached
 * {@code spec.realizations()}, the maximum) stops, and every other cell gets its next blocks.
 * The decision for a cell looks only at its blocks {@code 0..n-1} merged in block order, which
 * are pure functions of their identity: so the blocks chosen, and the dataset, do not depend on
 * threads, partitions, executors, timing or whether the run was resumed. Block {@code k} of a
 * cell is the same task as in a fixed run with {@code spec.realizations()} realizations, so a
 * cell that runs to the maximum equals that fixed run.
 *
 * <p>Next round size: with {@code n} blocks and worst ratio {@code r = halfWidth / allowed}, a
 * CI shrinking as {@code 1/sqrt(n)} needs about {@code n r^2} blocks; the cell gets
 * {@code ceil(1.1 n (r^2 - 1))} more, at least 1 and at most {@code n} (never more than
 * doubling, since the first estimates of the width are noisy), capped at the maximum.
 *
 * <p>Note: stopping when the interval is narrow enough makes the interval a little optimistic
 * (sequential-stopping bias); with a minimum of a few blocks per point and a target of a few
 * per cent it is small, but the coverage of the reported interval is not exactly 95 %.
 */
public final class BlockDriver {
    private BlockDriver() {
    }

    /**
     * What a run computed.
     *
     * @param merged per grid point, merged in block order
     * @param targetMet per grid point whether it met the target; null for fixed runs
     * @param blocksPerCell blocks merged per cell
     * @param computed blocks computed by this call
     * @param reused blocks read back from the checkpoint
     * @param rounds rounds taken (1 for fixed runs)
     */
    public record Computed(Tally[] merged, boolean[] targetMet, long[] blocksPerCell, long computed, long reused,
                           int rounds) {
    }

    /**
     * Runs {@code spec}.
     *
     * @param target null for a fixed run of {@code spec.realizations()} per point
     * @param initialRealizations realizations per point in round 0 (adaptive runs; capped at the maximum)
     * @param store checkpoint store or null
     * @param progress progress display or null
     */
    public static Computed compute(RunSpec spec, Target target, long initialRealizations, BlockRunner runner,
                                   CheckpointStore store, Progress progress) {
        Scenario scenario = spec.scenario();
        int blockSize = scenario.blockSize();
        List<Cell> cells = spec.grid().cells();
        long maxBlocks = spec.blocksPerCell();
        long[] planned = new long[cells.size()];
        long first = target == null ? maxBlocks
                : Math.min(maxBlocks, Math.max(1, (initialRealizations + blockSize - 1) / blockSize));
        java.util.Arrays.fill(planned, first);

        Map<Long, TaskResult> done = new HashMap<>();
        long reused = 0;
        if (store != null) {
            Map<Long, TaskResult> stored = store.load();
            done.putAll(stored);
        }
        long[] computed = {0};
        boolean[] open = new boolean[cells.size()];
        java.util.Arrays.fill(open, true);
        long[] from = new long[cells.size()];
        int rounds = 0;
        while (true) {
            rounds++;
            List<Task> todo = new ArrayList<>();
            long plannedTotal = 0;
            for (Cell c : cells) {
                plannedTotal += planned[c.index()];
                if (!open[c.index()]) {
                    continue;
                }
                for (long k = from[c.index()]; k < planned[c.index()]; k++) {
                    TaskResult r = done.get(CheckpointStore.key(c.index(), k));
                    if (r == null) {
                        todo.add(spec.task(c.index(), k, blockSize));
                    } else {
                        reused++;
                        if (progress != null) {
                            progress.reused(r);
                        }
                    }
                }
                from[c.index()] = planned[c.index()];
            }
            if (progress != null) {
                progress.planned(plannedTotal);
            }
            runner.run(spec, todo, r -> {
                if (store != null) {
                    store.save(r);
                }
                if (done.putIfAbsent(CheckpointStore.key(r.cell(), r.block()), r) != null) {
                    throw new IllegalStateException("task (" + r.cell() + ", " + r.block() + ") reported twice");
                }
                computed[0]++;
                if (progress != null) {
                    progress.done(r);
                }
            });
            if (target == null) {
                break;
            }
            boolean more = false;
            for (Cell c : cells) {
                int ci = c.index();
                if (!open[ci]) {
                    continue;
                }
                double worst = 0;
                for (Tally t : mergeCell(spec, c, planned[ci], done)) {
                    worst = Math.max(worst, target.ratio(t));
                }
                if (worst <= 1 || planned[ci] >= maxBlocks) {
                    open[ci] = false;
                    continue;
                }
                long n = planned[ci];
                double want = Double.isFinite(worst) ? Math.ceil(1.1 * n * (worst * worst - 1)) : n;
                long add = (long) Math.max(1, Math.min(n, want));
                planned[ci] = Math.min(maxBlocks, n + add);
                more = true;
            }
            if (!more) {
                break;
            }
        }
        List<TaskResult> used = new ArrayList<>();
        for (Cell c : cells) {
            for (long k = 0; k < planned[c.index()]; k++) {
                used.add(done.get(CheckpointStore.key(c.index(), k)));
            }
        }
        Tally[] merged = Merger.merge(spec, used);
        boolean[] met = null;
        if (target != null) {
            met = new boolean[merged.length];
            for (int i = 0; i < merged.length; i++) {
                met[i] = target.met(merged[i]);
            }
        }
        return new Computed(merged, met, planned, computed[0], reused, rounds);
    }

    /** The tallies of {@code cell}'s points from its blocks {@code 0..blocks-1}, merged in block order. */
    static Tally[] mergeCell(RunSpec spec, Cell cell, long blocks, Map<Long, TaskResult> done) {
        Scenario scenario = spec.scenario();
        Tally[] out = new Tally[cell.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scenario.newTally();
        }
        for (long k = 0; k < blocks; k++) {
            TaskResult r = done.get(CheckpointStore.key(cell.index(), k));
            for (int i = 0; i < out.length; i++) {
                out[i].combine(r.tallies()[i]);
            }
        }
        return out;
    }
}
