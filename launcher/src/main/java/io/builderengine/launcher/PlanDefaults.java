package io.builderengine.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile a plan's Builder Engine Config element names (quick.jmx: {@code quick}, the others
 * {@code light}): what the plan runs when no {@code --profile} is given. Read from the plan itself,
 * so a plan added later (mixed.jmx) needs no change here.
 */
final class PlanDefaults {

  /** The config element's default when its field is empty, as JMeterRunResolver has it. */
  static final String DEFAULT_PROFILE = "light";
  private static final Pattern CONFIG_ELEMENT = Pattern.compile(
      "<io\\.builderengine\\.jmeter\\.config\\.BuilderEngineConfig\\b.*?</io\\.builderengine\\.jmeter\\.config\\.BuilderEngineConfig>",
      Pattern.DOTALL);
  private static final Pattern PROFILE = Pattern.compile("<stringProp name=\"profile\">([^<]*)</stringProp>");

  private PlanDefaults() {
  }

  static String profile(Path plan) throws LaunchException {
    String text;
    try {
      text = Files.readString(plan);
    } catch (IOException e) {
      throw new LaunchException(plan + ": cannot be read (" + e.getMessage() + ")", e);
    }
    Matcher element = CONFIG_ELEMENT.matcher(text);
    if (element.find()) {
      Matcher profile = PROFILE.matcher(element.group());
      if (profile.find() && !profile.group(1).isBlank()) {
        return profile.group(1).strip();
      }
    }
    return DEFAULT_PROFILE;
  }
}
