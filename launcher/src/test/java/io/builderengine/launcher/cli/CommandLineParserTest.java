package io.builderengine.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.launcher.LaunchException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {

  @Test
  void readsLongShortAndEqualsFormsFlagsAndPlanProperties() throws LaunchException {
    LauncherOptions options = CommandLineParser.parse(List.of("-t", "api", "--users=50", "-r", "200", "--duration",
        "120", "--ramp-up", "5", "-k", "sk_live_x", "--parallel", "-q", "-Jtalk_seconds=2", "-Jdb_weights=write=0"));

    assertThat(options.value(LauncherOption.TEST)).contains("api");
    assertThat(options.value(LauncherOption.USERS)).contains("50");
    assertThat(options.value(LauncherOption.RPS)).contains("200");
    assertThat(options.value(LauncherOption.DURATION)).contains("120");
    assertThat(options.value(LauncherOption.RAMP_UP)).contains("5");
    assertThat(options.value(LauncherOption.API_KEY)).contains("sk_live_x");
    assertThat(options.has(LauncherOption.PARALLEL)).isTrue();
    assertThat(options.has(LauncherOption.QUIET)).isTrue();
    assertThat(options.has(LauncherOption.BASE_URL)).isFalse();
    assertThat(options.jmeterProperties()).containsExactly(Map.entry("talk_seconds", "2"), Map.entry("db_weights", "write=0"));
  }

  @Test
  void theLastOfARepeatedOptionWinsAsWithArgparse() throws LaunchException {
    assertThat(CommandLineParser.parse(List.of("-n", "5", "--users", "7")).value(LauncherOption.USERS)).contains("7");
  }



  @Test
  void usageListsEveryOptionWithItsShortFormAndAnExampleOfTheOldSuite() {
    String usage = Usage.text();
    for (LauncherOption option : LauncherOption.values()) {
      assertThat(usage).contains(option.longName());
      option.shortName().ifPresent(shortName -> assertThat(usage).contains(shortName + ", " + option.longName()));
    }
    assertThat(usage).contains("(default: all)").contains("ci/be-loadtest --test api --users 50 --rps 200 --duration 120");
  }
}
