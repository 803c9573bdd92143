package secmc.papers.antijamming;

/**
 * Which drop count the reward uses (spec anti-jamming.md §2.5).
 */
public enum RewardMode {
    /** The printed eq. (6): \( r = -(b - g - B_{max} + f)^+ \); under-counts when g > b. */
    PAPER,
    /** The physical overflow \( r = -((b - g)^+ + f - B_{max})^+ \). */
    EXACT
}
