package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.report.RunSummary.RunDescription;
import java.util.List;

/** The resolved run as the reports show it: the API key masked, nothing secret. */
final class RunDescriptions {

  private RunDescriptions() {
  }

  static RunDescription of(RunSettings run, List<String> engines) {
    if (run == null) {
      return new RunDescription(null, null, null, null, null, null, null, null, null, null, engines);
    }
    return new RunDescription(run.profileName(), run.users(), run.targetRps(), run.durationSeconds(),
        run.rampUpSeconds(), run.rampDownSeconds(), run.baseUrl(), run.organizationId(), run.apiKey().masked(),
        run.config().source().toString(), engines);
  }
}
