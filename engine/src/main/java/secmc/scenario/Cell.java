package secmc.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * The unit of simulation: grid points that one task simulates together with common random
 * numbers (one point, a whole curve, every curve at one x, or the whole grid). A task's
 * generator is seeded from the cell index, so all points of a cell share one random stream.
 *
 * @param index position among the run's cells, from 0
 * @param points the points, in grid order
 */
public record Cell(int index, List<GridPoint> points) implements Serializable {
    public Cell {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a cell needs at least one point");
        }
    }

    /** The cell's first point (its parameters are the cell's shared ones). */
    public GridPoint first() {
        return points.get(0);
    }

    public int size() {
        return points.size();
    }
}
