package secmc.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import secmc.jobs.checkpoint.CheckpointStore;
import secmc.jobs.spark.SparkSessions;
import secmc.kernel.Kernels;
import secmc.scenario.RunSpec;

/** {@code secmc run <id>}: one scenario to a Parquet dataset under {@code --out}. */
@Command(name = "run", description = "Run one scenario and write its dataset to OUT/ID (Parquet, atomically).")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "Scenario id (see 'secmc list'); omitted with --resume, optional with --config, whose file names it.")
    String id;

    @Mixin
    StudyOptions study = new StudyOptions();

    @Mixin
    ExecOptions exec = new ExecOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/runs",
            description = "Output directory; the dataset goes to DIR/ID. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--plot", description = "Also plot the dataset (PNG and SVG in DIR).")
    boolean plot;

    @Mixin
    RunControl control = new RunControl();

    @Override
    public Integer call() {
        CheckpointStore store = null;
        CheckpointStore.StoredRun job;
        Path runDir = null;
        if (control.resume != null) {
            control.checkResume(id, study);
            exec.validate();
            store = CheckpointStore.open(control.resumePath());
            job = store.run();
            try {
                Outputs.checkDirectory(job.outDir(), "output directory of the stored run");
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } else {
            // StudyOptions names what is missing: an ID, --config FILE (or --resume DIR, checked above).
            RunSpec run = study.resolve(id);
            exec.validate();
            Path outDir = Outputs.checkDirectory(out, "--out");
            job = control.plan(run, outDir, plot);
            runDir = control.runDirPath();
        }
        PrintWriter pw = spec.commandLine().getOut();
        // This JVM runs one scenario (Spark local: executors in this JVM too); if it needs only the
        // fused PPP kernel, its 512-bit variant is safe here (see Kernels). Same bits either way.
        if (job.spec().scenario().fusedPppKernelOnly(job.spec().grid())) {
            Kernels.hintFusedPppOnly();
        }
        SparkSession spark = SparkSessions.create(exec.master, exec.sparkConf());
        try {
            if (runDir != null) {
                store = CheckpointStore.create(runDir, job);
            }
            Execution.run(spark, job, exec, store, pw, spec.commandLine().getErr(), control.progressMode());
        } finally {
            if (store != null) {
                store.close();
            }
            spark.stop();
        }
        return 0;
    }
}
