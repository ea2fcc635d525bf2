package io.builderengine.launcher;

import io.builderengine.launcher.cli.LauncherOption;

/**
 * The plugin's config checks name an override as JMeter takes it ({@code -Jusers=abc: must be a
 * whole number ...}); the launcher's user typed {@code --users abc}. This puts the message in the
 * launcher's words, so the checks themselves stay in one place.
 */
final class ConfigMessages {

  private ConfigMessages() {
  }

  static String inLauncherTerms(String message) {
    String translated = message;
    for (LauncherOption option : LauncherOption.values()) {
      String property = option.jmeterProperty().orElse(null);
      if (property != null) {
        translated = translated.replace("-J" + property + "=", option.longName() + " ")
            .replaceAll("-J" + property + "\\b", option.longName());
      }
    }
    return translated;
  }
}
