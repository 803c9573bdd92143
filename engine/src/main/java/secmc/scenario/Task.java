package secmc.scenario;

import java.io.Serializable;

/**
 * One unit of work: {@code realizations} realizations of cell {@code cell}, block {@code block}.
 * Its random stream is a function of (master seed, scenario id, cell, block) only.
 */
public record Task(int cell, long block, int realizations) implements Serializable {
}
