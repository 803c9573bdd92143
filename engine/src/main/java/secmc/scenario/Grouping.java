package secmc.scenario;

/**
 * How grid points are grouped into {@link Cell}s that share random numbers.
 */
public enum Grouping {
    /** Each point alone: independent estimates. */
    POINT,
    /** All x of one curve together, e.g. every SINR threshold from one realization. */
    CURVE,
    /** All curves at one x together, e.g. three schemes on the same topologies. */
    X,
    /** The whole grid from one stream, e.g. a figure whose x is time along one run. */
    ALL
}
