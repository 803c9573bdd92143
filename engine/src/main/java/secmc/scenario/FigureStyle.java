package secmc.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * How a figure is drawn, following the paper's figure: which metrics get a panel, the y label
 * and scales. Simulation is drawn as markers with CI bars, theory as lines.
 *
 * @param panels metric names, one chart each, in order; {@code "a+b"} draws metric a as usual and
 *               overlays the theory of metric b as dashed lines on the same axes
 * @param yLabel y-axis label with unit
 * @param logY whether every panel's y-axis is logarithmic
 * @param logYPanels panels (by their first metric) whose y-axis is logarithmic although {@code logY} is
 *                   false, e.g. the relative error of secrecy Fig. 2(b) beside linear power panels
 */
public record FigureStyle(List<String> panels, String yLabel, boolean logY, List<String> logYPanels)
        implements Serializable {
    public FigureStyle {
        panels = List.copyOf(panels);
        logYPanels = List.copyOf(logYPanels);
    }

    /** Every panel on the same y scale. */
    public FigureStyle(List<String> panels, String yLabel, boolean logY) {
        this(panels, yLabel, logY, List.of());
    }

    /** Whether the panel drawing {@code metric} (its first metric) has a logarithmic y-axis. */
    public boolean logY(String metric) {
        return logY || logYPanels.contains(metric);
    }
}
