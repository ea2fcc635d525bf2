package io.builderengine.launcher;

import io.builderengine.launcher.cli.CommandLineParser;
import io.builderengine.launcher.cli.LauncherOption;
import io.builderengine.launcher.cli.LauncherOptions;
import io.builderengine.launcher.cli.Usage;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ci/be-loadtest}: the old Python suite's command line over headless JMeter 5.6.3. Checks
 * everything first (exit 2 with one message), then runs the plans and exits 0 when every scenario
 * passed, 1 when one did not, 130 when interrupted. See {@link Usage} and README.md "Launcher".
 */
public final class LoadTestLauncher {

  /** JMeter's own launcher script passes these to JMeter's JVM; so does this one. */
  static final String JVM_ARGS_VARIABLE = "JVM_ARGS";

  private LoadTestLauncher() {
  }

  public static void main(String[] args) {
    int status = run(List.of(args), SuiteLayout.detect(), System.getenv(), System.out, System.err);
    System.exit(status);
  }

  static int run(List<String> args, SuiteLayout layout, Map<String, String> environment, PrintStream out,
      PrintStream err) {
    try {
      LauncherOptions options = CommandLineParser.parse(args);
      if (options.has(LauncherOption.HELP)) {
        out.print(Usage.text());
        return ExitStatus.PASSED;
      }
      LaunchPlan plan = LaunchPlanner.plan(options, layout, environment);
      return new SuiteRun(plan, environment, new Console(out, plan.quiet()), jvmOptions(environment),
          Clock.systemUTC()).execute();
    } catch (LaunchException e) {
      err.println("be-loadtest: " + e.getMessage());
      return ExitStatus.BAD_LAUNCH;
    }
  }

  private static List<String> jvmOptions(Map<String, String> environment) {
    String options = environment.getOrDefault(JVM_ARGS_VARIABLE, "").strip();
    return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
  }
}
