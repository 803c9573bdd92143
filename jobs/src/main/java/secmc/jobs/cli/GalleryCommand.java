package secmc.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import secmc.jobs.plot.Gallery;

/** {@code secmc gallery [DIR]}: rebuilds DIR/index.html from the datasets and plots already in DIR. */
@Command(name = "gallery", description = "Rebuild DIR/index.html (the figure gallery) from the datasets and plots in DIR; 'figures' does this itself.")
final class GalleryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "data/figures",
            description = "A directory of datasets (OUT of 'secmc figures' or 'secmc run --plot'). Default: ${DEFAULT-VALUE}.")
    String dir;

    @Override
    public Integer call() {
        Path d = Outputs.checkDirectory(dir, "DIR");
        if (!Files.isDirectory(d)) {
            throw new IllegalArgumentException("DIR '" + dir + "' is not a directory");
        }
        Path index = Gallery.write(d);
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("wrote " + index);
        pw.flush();
        return 0;
    }
}
