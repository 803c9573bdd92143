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
 * @param logY whether the y-axis is logarithmic
 */
public record FigureStyle(List<String> panels, String yLabel, boolean logY) implements Serializable {
    public FigureStyle {
        panels = List.copyOf(panels);
    }
}
