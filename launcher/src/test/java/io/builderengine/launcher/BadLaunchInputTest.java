package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad launcher input, as a user types it, against the exact line {@code ci/be-loadtest}
 * prints: one line on stderr naming the option, value, file or property and what to do, exit 2,
 * nothing started and no stack trace. {@code <config>} is the suite's profiles/config.yaml.
 */
@Tag("faults")
class BadLaunchInputTest {

  private static final SuiteLayout SUITE = new SuiteLayout(Path.of(System.getProperty("suite.home", "..")));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Options and their values
      "--usres 5                           | unknown option '--usres' (see --help)",
      "quick                               | unexpected argument 'quick': options start with - or -- (see --help)",
      "--users                             | --users needs a value: --users N",
      "--rps=                              | --rps needs a value: --rps N",
      "-t                                  | -t needs a value: --test NAME",
      "-t quick --api-key                  | --api-key needs a value: --api-key KEY",
      "--quiet=yes                         | --quiet takes no value, got '--quiet=yes'",
      "-t smoke                            | unknown test 'smoke' for --test; choose one of quick, api, calls, websocket, concurrent, database, mixed, all",
      "-t quick --users abc                | --users abc: must be a whole number of 1 or more",
      "-t quick --users 0                  | --users 0: must be a whole number of 1 or more",
      "-t quick --users 2.5                | --users 2.5: must be a whole number of 1 or more",
      "-t api --rps -5                     | --rps -5: must be a number more than 0",
      "-t api --rps abc                    | --rps abc: must be a number more than 0",
      "-t quick --duration 0               | --duration 0: must be a whole number of 1 or more",
      "-t quick --ramp-up -1               | --ramp-up -1: must be a whole number of 0 or more",
      "-t quick --ramp-up 20 --duration 10 | --ramp-up 20 + profile quick's ramp_down_seconds 0 = 20 s, longer than --duration 10; shorten the ramps or lengthen the duration",
      // URLs
      "-t api --base-url ftp://example.com | --base-url ftp://example.com: must be an http:// or https:// URL with a host, e.g. http://localhost:8000",
      "-t api --base-url http://           | --base-url http://: must be an http:// or https:// URL with a host, e.g. http://localhost:8000",
      "-t api --base-url 127.0.0.1:8000    | --base-url 127.0.0.1:8000: must be an http:// or https:// URL with a host, e.g. http://localhost:8000",
      // Config files and profiles
      "-t quick -c /nonexistent/config.yaml | /nonexistent/config.yaml: no such file (looked in /nonexistent/config.yaml); point at another with --config PATH",
      "-t quick -c /                       | /: cannot be read (java.io.IOException: Is a directory); point at another with --config PATH",
      "-t api -p smok                      | <config>: unknown profile 'smok'; known profiles: heavy, light, normal, quick, smoke, soak, spike, stress",
      // Plan properties (-J)
      "-Jtalk_seconds                      | '-Jtalk_seconds': a plan property is -Jname=value, e.g. -Jtalk_seconds=2",
      "-Jusers=3                           | -Jusers: use --users N instead",
      "-Jbase_url=http://x                 | -Jbase_url: use --base-url URL instead",
      "-Joutput_dir=/tmp                   | -Joutput_dir: the launcher sets this one for each run; see --output",
  })
  void aBadInputIsOneLineOnStderrAndExitTwo(String commandLine, String expected) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = LoadTestLauncher.run(Arrays.asList(commandLine.split(" ")), SUITE, Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as("exit status").isEqualTo(ExitStatus.BAD_LAUNCH);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("be-loadtest: "
        + expected.replace("<config>", SUITE.defaultConfig().toAbsolutePath().normalize().toString()) + System.lineSeparator());
    assertThat(out.toString(StandardCharsets.UTF_8)).as("stdout").isEmpty();
  }
}
