package secmc.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.parquet.RunDescription;
import secmc.jobs.plot.FigurePlotter;
import secmc.jobs.spark.SparkSessions;
import secmc.scenario.Catalog;
import secmc.scenario.ResultRow;
import secmc.scenario.Scenario;

/** {@code secmc plot <dataset-dir>}: PNG and SVG per panel, beside the dataset. */
@Command(name = "plot", description = "Plot a dataset: PNG and SVG per panel (simulation as markers with 95 %% CI bars, theory as lines).")
final class PlotCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET-DIR", description = "A dataset directory written by 'secmc run' (OUT/ID).")
    String dataset;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the images go. Default: the dataset's parent directory.")
    String out;

    @Override
    public Integer call() {
        Path dir = Outputs.checkDataset(dataset);
        Path outDir = out == null ? dir.toAbsolutePath().getParent() : Outputs.checkDirectory(out, "--out");
        SparkSession spark = SparkSessions.create(SparkSessions.DEFAULT_MASTER, java.util.Map.of());
        try {
            ObjectNode manifest = RunDescription.parse(DatasetReader.manifest(spark, dir.toString()));
            Scenario scenario = Catalog.get(manifest.path("scenario_id").asText());
            List<ResultRow> rows = DatasetReader.read(spark, dir.toString());
            JsonNode axis = manifest.path("axis");
            String unit = axis.path("unit").asText("");
            String xLabel = axis.path("name").asText("x") + (unit.isEmpty() ? "" : " (" + unit + ")");
            List<Path> files = FigurePlotter.plot(scenario, rows, xLabel, axis.path("log").asBoolean(false), outDir);
            PrintWriter pw = spec.commandLine().getOut();
            files.forEach(f -> pw.println("wrote " + f));
            pw.flush();
        } finally {
            spark.stop();
        }
        return 0;
    }
}
