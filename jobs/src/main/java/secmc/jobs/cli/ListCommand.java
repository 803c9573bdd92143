package secmc.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import secmc.scenario.Catalog;
import secmc.scenario.Scenario;

/** {@code secmc list}: every scenario with its paper figure and title. */
@Command(name = "list", description = "List the scenarios.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int w = Catalog.all().stream().mapToInt(s -> s.id().length()).max().orElse(10);
        for (Scenario s : Catalog.all()) {
            out.printf("%-" + w + "s  %-12s  %s%n", s.id(), s.figure(), s.title());
        }
        out.flush();
        return 0;
    }
}
