package secmc.papers.bipolar;

import java.util.List;
import secmc.scenario.Scenario;
import secmc.scenario.ScenarioProvider;

/** The classic bipolar-network scenarios (textbook results used to validate the engine). */
public final class BipolarScenarios implements ScenarioProvider {
    @Override
    public List<Scenario> scenarios() {
        return List.of(new PppCoverage());
    }
}
