package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.thresholds.Highlight;
import io.builderengine.jmeter.thresholds.RunVerdict;
import java.util.List;

/**
 * Everything the reports say about one run, secrets masked; the root of summary.json.
 *
 * @param generatedAt ISO-8601 UTC
 * @param run the resolved settings, key masked (null fields when the plan has no config element)
 * @param findings what elements of the run found, one sentence each (e.g. the capacity a search found)
 * @param statistics figures of all samples and of successful ones, per label and overall
 */
public record RunSummary(String tool, String pluginVersion, String jmeterVersion, String generatedAt,
    RunDescription run, RunVerdict verdict, List<Highlight> highlights, List<String> findings, RunStats statistics) {

  /**
   * The resolved run as the reports show it.
   *
   * @param engines the jmeter-server engines whose samples the summary holds, as the controller named
   *     them ({@code host:port}); empty for a run on one JMeter
   */
  public record RunDescription(String profile, Integer users, Double targetRps, Integer durationSeconds,
      Integer rampUpSeconds, Integer rampDownSeconds, String baseUrl, String organizationId, String apiKey,
      String configFile, List<String> engines) {

    public RunDescription {
      engines = List.copyOf(engines);
    }
  }
}
