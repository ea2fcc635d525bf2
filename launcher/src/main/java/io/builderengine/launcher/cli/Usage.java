package io.builderengine.launcher.cli;

import java.util.ArrayList;
import java.util.List;

/** The {@code --help} text: every option with its short form and default, then examples. */
public final class Usage {

  private static final int DESCRIPTION_COLUMN = 26;
  private static final int WIDTH = 100;

  private Usage() {
  }

  public static String text() {
    StringBuilder text = new StringBuilder()
        .append("Usage: ci/be-loadtest [options] [-Jname=value ...]\n\n")
        .append("Builder Engine Load Testing Tool: the old Python suite's command line over headless JMeter 5.6.3.\n")
        .append("Runs the shipped plans in test-plans/ with the Builder Engine plugin and writes into the\n")
        .append("--output folder, else into load_test_results/<UTC time>/: results.jtl, dashboard/, summary.md,\n")
        .append("summary.json, summary.html, junit.xml, resolved-config.json (secrets masked), jmeter.log;\n")
        .append("for 'all', one folder per scenario and a combined summary.md and summary.json.\n\n")
        .append("Options:\n");
    for (LauncherOption option : LauncherOption.values()) {
      appendOption(text, option);
    }
    return text
        .append("  -Jname=value            any other plan property, passed to JMeter as it is\n")
        .append("                          (e.g. -Jtalk_seconds=2, -Jcapacity_hold_seconds=10, -Jdb_scale=0)\n")
        .append("\nEnvironment: BE_API_KEY, BE_ORG_ID, BE_DB_URL (and the config's ${VAR}s); JMETER_HOME for\n")
        .append("another JMeter 5.6.3 install (with the plugin in lib/ext; default: launcher/target/jmeter);\n")
        .append("JVM_ARGS for JMeter's JVM (e.g. -Xmx2g).\n")
        .append("\nExit status: 0 passed, 1 a threshold failed (or a run could not complete),\n")
        .append("2 bad option, value or config, 130 interrupted (Ctrl-C; the reports are still written).\n")
        .append("\nExamples:\n")
        .append("  # Quick smoke test\n")
        .append("  ci/be-loadtest --test quick\n\n")
        .append("  # Run all tests with default settings\n")
        .append("  ci/be-loadtest --test all\n\n")
        .append("  # Run API tests with custom configuration\n")
        .append("  ci/be-loadtest --test api --users 50 --rps 200 --duration 120\n\n")
        .append("  # Run tests using a profile from config file\n")
        .append("  ci/be-loadtest --config profiles/config.yaml --profile heavy --test all\n\n")
        .append("  # All scenarios at once against a deployment, results in CI's folder\n")
        .append("  BE_API_KEY=... ci/be-loadtest --test all --parallel --profile light \\\n")
        .append("    --base-url https://api.example.com --output build/load --quiet\n")
        .toString();
  }

  private static void appendOption(StringBuilder text, LauncherOption option) {
    String names = "  " + option.shortName().map(shortName -> shortName + ", ").orElse("    ") + option.longName()
        + (option.takesValue() ? " " + option.valueName() : "");
    List<String> lines = wrap(option.description()
        + option.defaultText().map(defaultText -> " (default: " + defaultText + ")").orElse(""));
    text.append(names);
    if (names.length() >= DESCRIPTION_COLUMN) {
      text.append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
    } else {
      text.append(" ".repeat(DESCRIPTION_COLUMN - names.length()));
    }
    text.append(String.join("\n" + " ".repeat(DESCRIPTION_COLUMN), lines)).append('\n');
  }

  private static List<String> wrap(String description) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : description.split(" ")) {
      if (line.length() > 0 && DESCRIPTION_COLUMN + line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
