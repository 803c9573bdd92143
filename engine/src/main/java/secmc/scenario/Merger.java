package secmc.scenario;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import secmc.stats.Tally;

/**
 * Merges task results per grid point in a fixed order, (cell, block) ascending, whatever
 * order they arrived in. This is what makes LocalRunner and Spark on any number of partitions
 * give bit-identical numbers: floating-point merges are not associative, so the order is fixed.
 */
public final class Merger {
    private Merger() {
    }

    /** The merged tally of every grid point, indexed by {@link GridPoint#index()}. */
    public static Tally[] merge(RunSpec spec, List<TaskResult> results) {
        TaskResult[] sorted = results.toArray(TaskResult[]::new);
        Arrays.sort(sorted, Comparator.comparingInt(TaskResult::cell).thenComparingLong(TaskResult::block));
        Scenario scenario = spec.scenario();
        Tally[] merged = new Tally[spec.grid().points().size()];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = scenario.newTally();
        }
        for (int k = 0; k < sorted.length; k++) {
            if (k > 0 && sorted[k].cell() == sorted[k - 1].cell() && sorted[k].block() == sorted[k - 1].block()) {
                throw new IllegalStateException("task (" + sorted[k].cell() + ", " + sorted[k].block() + ") reported twice");
            }
            accumulate(spec, merged, sorted[k]);
        }
        return merged;
    }

    /** Adds one task's tallies to the running per-point tallies (caller keeps block order). */
    public static void accumulate(RunSpec spec, Tally[] merged, TaskResult r) {
        Cell cell = spec.grid().cells().get(r.cell());
        for (int i = 0; i < cell.size(); i++) {
            merged[cell.points().get(i).index()].combine(r.tallies()[i]);
        }
    }
}
