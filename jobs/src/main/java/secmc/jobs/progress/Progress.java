package secmc.jobs.progress;

import java.io.PrintWriter;
import java.util.Locale;
import secmc.scenario.Cell;
import secmc.scenario.RunSpec;
import secmc.scenario.TaskResult;
import secmc.stats.Estimate;
import secmc.stats.Tally;

/**
 * Progress of a run on stderr: blocks done of blocks planned, estimated time left and the
 * current worst 95 % confidence half-width over every simulated metric and point. On a terminal
 * a bar redrawn in place (at most 5 times a second); otherwise one plain line every few seconds,
 * so logs stay readable. Display only: the running tallies here are merged in arrival order and
 * never reach a dataset. Not thread-safe; runners call {@link #done} serially.
 */
public final class Progress implements AutoCloseable {
    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place with carriage returns (terminals). */
        BAR,
        /** One line every {@link #PLAIN_INTERVAL_NANOS}. */
        PLAIN,
        /** Nothing. */
        NONE;

        /** {@code auto} picks BAR on a terminal, else PLAIN. */
        public static Mode parse(String s) {
            return switch (s) {
                case "auto" -> System.console() != null ? BAR : PLAIN;
                case "bar" -> BAR;
                case "plain" -> PLAIN;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("--progress must be one of {auto, bar, plain, none}, got '" + s + "'");
            };
        }
    }

    static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    static final long BAR_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final RunSpec spec;
    private final Tally[] display;
    private final long start = System.nanoTime();
    private long planned;
    private long done;
    private long reused;
    private long lastPrint;
    private boolean printedBar;

    public Progress(PrintWriter err, Mode mode, RunSpec spec) {
        this.err = err;
        this.mode = mode;
        this.spec = spec;
        this.display = new Tally[spec.grid().points().size()];
        for (int i = 0; i < display.length; i++) {
            display[i] = spec.scenario().newTally();
        }
        this.lastPrint = start;
    }

    /** Sets the number of blocks planned so far (grows in adaptive runs). */
    public void planned(long blocks) {
        this.planned = blocks;
    }

    /** Counts a block read back from a checkpoint (not recomputed). */
    public void reused(TaskResult r) {
        reused++;
        add(r);
    }

    /** Counts a finished block and redraws if due. */
    public void done(TaskResult r) {
        done++;
        add(r);
        long now = System.nanoTime();
        if (mode == Mode.BAR && now - lastPrint >= BAR_INTERVAL_NANOS
                || mode == Mode.PLAIN && now - lastPrint >= PLAIN_INTERVAL_NANOS) {
            lastPrint = now;
            print(now, false);
        }
    }

    /** Blocks computed in this process. */
    public long computed() {
        return done;
    }

    private void add(TaskResult r) {
        Cell cell = spec.grid().cells().get(r.cell());
        for (int i = 0; i < cell.size(); i++) {
            display[cell.points().get(i).index()].combine(r.tallies()[i]);
        }
    }

    /** The largest 95 % half-width over every point and simulated metric so far (NaN if none is defined). */
    public double worstHalfWidth() {
        double worst = Double.NaN;
        for (Tally t : display) {
            for (int i = 0; i < t.size(); i++) {
                Estimate e = t.metric(i).estimate();
                double hw = e.halfWidth();
                if (Double.isFinite(hw) && !(hw <= worst)) {
                    worst = hw;
                }
            }
        }
        return worst;
    }

    private void print(long now, boolean last) {
        long total = Math.max(planned, done + reused);
        long finished = done + reused;
        double elapsed = (now - start) / 1e9;
        double eta = done == 0 ? Double.NaN : elapsed / done * (total - finished);
        String worst = Double.isNaN(worstHalfWidth()) ? "n/a" : String.format(Locale.ROOT, "%.3g", worstHalfWidth());
        String stats = String.format(Locale.ROOT, "%d/%d blocks%s, worst 95%% half-width %s, %s %s",
                finished, total, reused > 0 ? " (" + reused + " from checkpoint)" : "", worst,
                last ? "elapsed" : "ETA", last ? time(elapsed) : time(eta));
        if (mode == Mode.BAR) {
            int width = 30;
            int fill = total == 0 ? width : (int) (width * finished / total);
            err.print("\r" + spec.scenarioId() + " [" + "#".repeat(fill) + ".".repeat(width - fill) + "] "
                    + String.format(Locale.ROOT, "%3d%% ", total == 0 ? 100 : 100 * finished / total) + stats + "   ");
            printedBar = true;
            if (last) {
                err.println();
            }
        } else {
            err.println("secmc: " + spec.scenarioId() + ": " + stats);
        }
        err.flush();
    }

    private static String time(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }

    /** Prints the final state (bar: completes the line; plain: only if a line was printed before). */
    @Override
    public void close() {
        if (mode == Mode.BAR && (printedBar || done > 0)) {
            print(System.nanoTime(), true);
        } else if (mode == Mode.PLAIN && System.nanoTime() - start >= PLAIN_INTERVAL_NANOS) {
            print(System.nanoTime(), true);
        }
    }
}
