package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.ConfigFixture.edit;
import static io.builderengine.jmeter.config.model.ConfigFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableSubstitutionTest {

  private static final Map<String, String> ENVIRONMENT = Map.of("HOST", "db.internal", "PORT", "5433", "EMPTY", "",
      "TRICKY", "${HOST}");

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "${HOST}                         | db.internal",
      "${HOST:-localhost}              | db.internal",
      "${MISSING:-localhost}           | localhost",
      "${EMPTY:-localhost}             | localhost",
      "${EMPTY}                        | \"\"",
      "${MISSING:-}                    | \"\"",
      "pg://${HOST}:${PORT:-5432}/be   | pg://db.internal:5433/be",
      "${MISSING:-a}${HOST}${EMPTY:-b} | adb.internalb",
      "$${HOST}                        | ${HOST}",
      "cost: $5 and $$ and $HOST       | cost: $5 and $$ and $HOST",
      "${TRICKY}                       | ${HOST}",
      "${MISSING:-http://x:8000/a}     | http://x:8000/a"})
  void substitutesLikeAShell(String text, String expected) {
    assertThat(VariableSubstitution.substitute(text, ENVIRONMENT, "f:1:1")).isEqualTo(expected);
  }

  @Test
  void anUnsetVariableWithoutDefaultIsNamedNotGuessed() {
    assertThatThrownBy(() -> VariableSubstitution.substitute("a ${HOST} ${NOPE} b", ENVIRONMENT, "f:3:12"))
        .isExactlyInstanceOf(ConfigException.class)
        .hasMessage("f:3:12: ${NOPE} is not set and has no default; set it or write ${NOPE:-value}");
  }

  @Test
  void aBrokenReferenceIsAnError() {
    assertThatThrownBy(() -> VariableSubstitution.substitute("${HOST", ENVIRONMENT, "f:1:1"))
        .hasMessageStartingWith("f:1:1: a ${ that is not ${NAME} or ${NAME:-default}");
    assertThatThrownBy(() -> VariableSubstitution.substitute("${1HOST}", ENVIRONMENT, "f:1:1"))
        .hasMessageContaining("write $${ for a literal ${");
  }

  @Test
  void anUnquotedResultIsTypedAsIfWrittenThere(@TempDir Path directory) {
    String yaml = edit(edit(minimal(), "concurrent_users: 5", "concurrent_users: ${USERS:-5}"),
        "requests_per_second: 10", "requests_per_second: ${RPS:-10}");
    SuiteConfig fromDefaults = ConfigLoader.load(ConfigFixture.write(directory, yaml), Map.of());
    assertThat(fromDefaults.profiles().get("smoke").concurrentUsers()).isEqualTo(5);
    SuiteConfig fromEnvironment = ConfigLoader.load(ConfigFixture.write(directory, yaml),
        Map.of("USERS", "8", "RPS", "12.5"));
    assertThat(fromEnvironment.profiles().get("smoke").concurrentUsers()).isEqualTo(8);
    assertThat(fromEnvironment.profiles().get("smoke").requestsPerSecond()).isEqualTo(12.5);
  }

  @Test
  void substitutesInListsAndKeepsTheValuesPosition(@TempDir Path directory) {
    String yaml = edit(minimal(), "formats: [json, html]", "formats: [json, \"${FORMAT}\"]");
    SuiteConfig config = ConfigLoader.load(ConfigFixture.write(directory, yaml), Map.of("FORMAT", "junit"));
    assertThat(config.output().formats()).containsExactly("json", "junit");
    assertThatThrownBy(() -> ConfigLoader.load(ConfigFixture.write(directory, yaml), Map.of()))
        .hasMessageEndingWith(":20:19: ${FORMAT} is not set and has no default; set it or write ${FORMAT:-value}");
  }

  @Test
  void aBadSubstitutedValueIsShownWithItsReference(@TempDir Path directory) {
    String yaml = edit(minimal(), "concurrent_users: 5", "concurrent_users: ${USERS:-5}");
    assertThatThrownBy(() -> ConfigLoader.load(ConfigFixture.write(directory, yaml), Map.of("USERS", "0")))
        .hasMessageEndingWith(":7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more,"
            + " not 0 (from ${USERS:-5})");
  }
}
