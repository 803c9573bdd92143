package secmc.jobs.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import secmc.jobs.blocks.Target;
import secmc.jobs.checkpoint.CheckpointStore;
import secmc.jobs.progress.Progress;
import secmc.scenario.EngineVersion;
import secmc.scenario.RunSpec;

/** Checkpointing, resume, adaptive precision and progress of {@code secmc run}. */
final class RunControl {
    @Option(names = "--run-dir", paramLabel = "D",
            description = "Checkpoint every finished block under D as it completes; after a crash, 'secmc run --resume D' finishes the run.")
    String runDir;

    @Option(names = "--resume", paramLabel = "D",
            description = "Finish the run stored in run directory D: recompute only the missing blocks, then write its dataset (the same numbers, bit for bit, as an undisturbed run).")
    String resume;

    @Option(names = "--target-ci", paramLabel = "W",
            description = "Adaptive precision: add blocks per point until every simulated metric's 95 %% CI half-width is <= W (metric units), or --max-realizations.")
    Double targetCi;

    @Option(names = "--target-ci-rel", paramLabel = "R",
            description = "Adaptive precision, relative: until half-width <= R * |estimate| (e.g. 0.01).")
    Double targetCiRel;

    @Option(names = "--max-realizations", paramLabel = "N",
            description = "Adaptive precision: at most N realizations per point (default: 100 x the initial realizations).")
    Long maxRealizations;

    @Option(names = "--progress", paramLabel = "auto|bar|plain|none", defaultValue = "auto",
            description = "Progress on stderr: a bar on a terminal, else a line every few seconds (auto, the default), or none.")
    String progress;

    Progress.Mode progressMode() {
        return Progress.Mode.parse(progress);
    }

    /** The precision target, or null for a fixed number of realizations. */
    Target target() {
        if (targetCi == null && targetCiRel == null) {
            if (maxRealizations != null) {
                throw new IllegalArgumentException("--max-realizations needs --target-ci or --target-ci-rel");
            }
            return null;
        }
        return new Target(targetCi, targetCiRel);
    }

    /** Checks the options of a resume: nothing that would change the stored run. */
    void checkResume(String id, StudyOptions study) {
        if (id != null || !study.sets.isEmpty() || study.realizations != null || targetCi != null || targetCiRel != null
                || maxRealizations != null || runDir != null) {
            throw new IllegalArgumentException("--resume continues the stored run as it was: give no scenario ID, --set, "
                    + "--realizations, --target-ci, --max-realizations or --run-dir");
        }
        progressMode();
    }

    /** The run to execute: {@code spec} as is, or, with a target, up to the maximum realizations. */
    CheckpointStore.StoredRun plan(RunSpec spec, Path outDir, boolean plot) {
        Target t = target();
        progressMode();
        RunSpec s = spec;
        long initial = spec.realizations();
        if (t != null) {
            long max = maxRealizations != null ? maxRealizations : Math.min(RunSpec.MAX_REALIZATIONS, 100 * initial);
            if (max < initial || max > RunSpec.MAX_REALIZATIONS) {
                throw new IllegalArgumentException("--max-realizations must be an integer in [" + initial + " (the initial realizations), "
                        + RunSpec.MAX_REALIZATIONS + "], got " + max);
            }
            s = new RunSpec(spec.scenarioId(), spec.base(), spec.plan(), max, spec.seed(), spec.grid());
        }
        return new CheckpointStore.StoredRun(s, t, initial, outDir.toAbsolutePath().normalize().toString(), plot,
                EngineVersion.get());
    }

    /** The --run-dir path, checked (it is created only when the run starts). */
    Path runDirPath() {
        if (runDir == null) {
            return null;
        }
        Path p = Outputs.checkDirectory(runDir, "--run-dir");
        if (Files.exists(p.resolve(CheckpointStore.RUN_JSON))) {
            throw new IllegalArgumentException("--run-dir '" + runDir + "' already holds a run: continue it with 'secmc run --resume "
                    + runDir + "' or choose an empty directory");
        }
        return p;
    }

    Path resumePath() {
        try {
            return Path.of(resume);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--resume must be a run directory path, got '" + resume + "'");
        }
    }
}
