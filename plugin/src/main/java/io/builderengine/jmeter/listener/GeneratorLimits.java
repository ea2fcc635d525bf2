package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.Thresholds;
import org.apache.jmeter.util.JMeterUtils;

/**
 * The limits of the load generator's self-check: -Jbe.generator_max_cpu and
 * -Jbe.generator_max_schedule_lag_ms, else the config file's {@code thresholds.generator_max_cpu} and
 * {@code thresholds.generator_max_schedule_lag_ms}, else 0.8 and 10 ms.
 */
final class GeneratorLimits {

  static final String MAX_CPU_PROPERTY = "be.generator_max_cpu";
  static final String MAX_SCHEDULE_LAG_PROPERTY = "be.generator_max_schedule_lag_ms";

  private GeneratorLimits() {
  }

  /**
   * @param run the resolved settings, or null for a plan without a config file
   * @throws IllegalArgumentException naming the property when an override is not a number in range
   */
  static GeneratorMonitor monitor(RunSettings run) {
    Thresholds thresholds = run == null ? null : run.thresholds();
    double maxCpu = override(MAX_CPU_PROPERTY,
        thresholds == null ? Thresholds.DEFAULT_GENERATOR_MAX_CPU : thresholds.generatorMaxCpu(), 1);
    double maxLag = override(MAX_SCHEDULE_LAG_PROPERTY, thresholds == null
        ? Thresholds.DEFAULT_GENERATOR_MAX_SCHEDULE_LAG_MS : thresholds.generatorMaxScheduleLagMs(), Double.MAX_VALUE);
    return new GeneratorMonitor(maxCpu, maxLag);
  }

  private static double override(String property, double fallback, double highest) {
    String text = JMeterUtils.getProperty(property);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (value > 0 && value <= highest) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("-J" + property + "=" + text + ": must be a number more than 0"
        + (highest == 1 ? " and at most 1 (a share of the machine: 0.8 is 80%)" : " (milliseconds)"));
  }
}
