package secmc.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grid of a run: every (curve, x) point with its resolved parameters, and the cells that
 * group them for simulation. Immutable.
 *
 * @param points curve-major: all x of curve 0, then curve 1, ...
 * @param cells the scenario's grouping of the points
 */
public record Grid(List<GridPoint> points, List<Cell> cells) implements Serializable {
    public Grid {
        points = List.copyOf(points);
        cells = List.copyOf(cells);
    }

    /**
     * Builds the grid of {@code scenario} for base parameters and a plan, validating every
     * point's parameters (ranges and the scenario's cross-parameter rules).
     */
    public static Grid of(Scenario scenario, Params base, Plan plan) {
        Axis axis = plan.axis();
        boolean xIsParam = base.has(axis.name());
        List<GridPoint> points = new ArrayList<>();
        for (int c = 0; c < plan.curves().size(); c++) {
            Curve curve = plan.curves().get(c);
            Params cp = base;
            for (Map.Entry<String, Object> o : curve.overrides().entrySet()) {
                cp = cp.with(o.getKey(), o.getValue());
            }
            for (int i = 0; i < axis.size(); i++) {
                double x = axis.value(i);
                Params p = cp;
                if (xIsParam) {
                    p = p.def(axis.name()).kind() == ParamDef.Kind.INTEGER
                            ? p.with(axis.name(), Math.round(x)) : p.with(axis.name(), x);
                }
                scenario.validate(p);
                points.add(new GridPoint(points.size(), c, curve.label(), i, axis.name(), x, p));
            }
        }
        return new Grid(points, group(points, scenario.grouping(), plan.curves().size(), axis.size()));
    }

    private static List<Cell> group(List<GridPoint> points, Grouping grouping, int nCurves, int nX) {
        List<Cell> cells = new ArrayList<>();
        switch (grouping) {
            case POINT -> points.forEach(p -> cells.add(new Cell(cells.size(), List.of(p))));
            case CURVE -> {
                for (int c = 0; c < nCurves; c++) {
                    cells.add(new Cell(c, points.subList(c * nX, (c + 1) * nX)));
                }
            }
            case X -> {
                for (int i = 0; i < nX; i++) {
                    List<GridPoint> col = new ArrayList<>();
                    for (int c = 0; c < nCurves; c++) {
                        col.add(points.get(c * nX + i));
                    }
                    cells.add(new Cell(i, col));
                }
            }
            case ALL -> cells.add(new Cell(0, points));
        }
        return cells;
    }
}
