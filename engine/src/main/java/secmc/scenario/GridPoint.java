package secmc.scenario;

import java.io.Serializable;

/**
 * One point of a run's grid: a curve at one x, with the fully resolved parameters.
 *
 * @param index position in the grid (curve-major), from 0
 * @param curveIndex which curve of the plan
 * @param curve the curve's label
 * @param xIndex which x of the axis
 * @param xName the axis name
 * @param x the x value
 * @param params all parameters of this point, curve overrides and x applied
 */
public record GridPoint(int index, int curveIndex, String curve, int xIndex, String xName, double x,
                        Params params) implements Serializable {
}
