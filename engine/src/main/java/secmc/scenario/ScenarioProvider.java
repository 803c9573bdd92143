package secmc.scenario;

import java.util.List;

/**
 * Supplies the scenarios of one paper to the {@link Catalog}. Implementations are listed in
 * {@code META-INF/services/secmc.scenario.ScenarioProvider}, so the scenario package never
 * imports a paper (papers depend on scenario, not the reverse).
 */
public interface ScenarioProvider {
    /** The scenarios, each with a unique id. */
    List<Scenario> scenarios();
}
