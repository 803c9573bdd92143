package secmc.scenario;

import java.io.Serializable;
import secmc.stats.Tally;

/**
 * What a task returns: one tally per point of its cell.
 */
public record TaskResult(int cell, long block, Tally[] tallies) implements Serializable {
}
