package secmc.papers.guardzone;

import java.util.List;
import secmc.scenario.Scenario;
import secmc.scenario.ScenarioProvider;

/** The figures of Kishk and Dhillon 2018 (spec guard-zones.md section 10). */
public final class GuardZoneScenarios implements ScenarioProvider {
    @Override
    public List<Scenario> scenarios() {
        return List.of(new ConnectionFigure(), SelectionFigure.fig4(), SecrecyFigure.fig5(), SelectionFigure.fig6(),
                SecrecyFigure.fig7(), new HarvestingFigure(), new ResponseCurvesFigure(), new DynamicsFigure());
    }
}
