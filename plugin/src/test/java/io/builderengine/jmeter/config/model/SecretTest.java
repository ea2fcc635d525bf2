package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.ConfigFixture.edit;
import static io.builderengine.jmeter.config.model.ConfigFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key, the webhook URL and the database password stay out of every message and toString. */
class SecretTest {

  private static final String API_KEY = "sk_live_" + UUID.randomUUID().toString().replace("-", "");
  private static final String DB_PASSWORD = "pw_" + UUID.randomUUID().toString().replace("-", "");
  private static final String WEBHOOK = "https://hooks.slack.test/services/T0/B0/" + UUID.randomUUID();

  @Test
  void masksAllButTheLastFourCharacters() {
    assertThat(Secret.of("sk_live_12345678abcd").masked()).isEqualTo("****abcd");
    assertThat(Secret.of("sk_live_12345678abcd")).hasToString("****abcd");
    assertThat(Secret.of("abcde").masked()).isEqualTo("****bcde");
    assertThat(Secret.of("abcd").masked()).isEqualTo("****");
    assertThat(Secret.of("a").masked()).isEqualTo("****");
    assertThat(Secret.of("").masked()).isEqualTo("(none)");
    assertThat(Secret.of("").isEmpty()).isTrue();
    assertThat(Secret.of("x").isEmpty()).isFalse();
  }

  @Test
  void revealsTheValueAndComparesByIt() {
    assertThat(Secret.of(API_KEY).reveal()).isEqualTo(API_KEY);
    assertThat(Secret.of(API_KEY)).isEqualTo(Secret.of(API_KEY)).hasSameHashCodeAs(Secret.of(API_KEY))
        .isNotEqualTo(Secret.of(API_KEY + "x"));
  }

  /** Every bad config of BadConfigTest, with the key in the environment and then written into the file. */
  @Test
  void noBadConfigMessageHoldsTheKey(@TempDir Path directory) {
    List<String> messages = new ArrayList<>();
    BadConfigTest.cases().forEach(bad -> {
      if (!bad.message().contains("${BE_API_KEY}")) { // setting it fixes that one
        messages.add(messageOf(bad, directory, Map.of("BE_API_KEY", API_KEY)));
      }
      if (bad.yaml().contains("${BE_API_KEY:-sk_test_simulator}")) {
        String keyInFile = edit(bad.yaml(), "${BE_API_KEY:-sk_test_simulator}", "\"" + API_KEY + "\"");
        BadConfigTest.BadConfig withKey = new BadConfigTest.BadConfig(bad.name(), keyInFile, bad.commandLine(),
            bad.environment(), bad.message());
        messages.add(messageOf(withKey, directory, Map.of()));
      }
    });
    assertThat(messages).hasSizeGreaterThan(40).allSatisfy(message -> assertThat(message).doesNotContain(API_KEY));
  }

  /** Errors on the key's own line, where a parser would quote the line. */
  @Test
  void errorsAtTheKeyDoNotQuoteIt(@TempDir Path directory) {
    String keyLine = "  api_key: ${BE_API_KEY:-sk_test_simulator}\n";
    Stream.of(
        "  api_key: \"" + API_KEY + "\n",                      // unterminated quote: a syntax error
        "  api_key: " + API_KEY + ": x\n",                      // mapping value on the key's line
        "  api_key: [" + API_KEY + "]\n",                       // wrong type
        "  api_key: {value: " + API_KEY + "}\n",                // wrong type
        "  api_key: " + API_KEY + "\n  api_key: " + API_KEY + "\n", // duplicate
        "  api_kee: " + API_KEY + "\n",                         // unknown key
        "  api_key: ${" + API_KEY + "\n")                       // malformed variable
        .forEach(line -> {
          BadConfigTest.BadConfig bad = BadConfigTest.BadConfig.inFile(line, edit(minimal(), keyLine, line), "");
          assertThat(messageOf(bad, directory, Map.of())).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(8));
        });
  }

  @Test
  void toStringAndDescribeMaskTheKeyWebhookAndDatabasePassword(@TempDir Path directory) {
    String yaml = edit(minimal(), "  organization_id: org_file\n", "  organization_id: org_file\n"
        + "  database_url: postgresql://loadtest:" + DB_PASSWORD + "@db:5432/builderengine\n")
        + "notifications:\n  slack:\n    enabled: true\n    webhook_url: ${SLACK_WEBHOOK_URL}\n";
    Map<String, String> environment = Map.of("BE_API_KEY", API_KEY, "SLACK_WEBHOOK_URL", WEBHOOK);
    SuiteConfig config = ConfigLoader.load(ConfigFixture.write(directory, yaml), environment);
    RunSettings run = RunSettings.resolve(config, Map.of(), environment);

    assertThat(run.apiKey().reveal()).as("the key itself is there to use").isEqualTo(API_KEY);
    assertThat(config.notifications().slack().webhookUrl().reveal()).isEqualTo(WEBHOOK);
    assertThat(run.databaseUrl()).contains(DB_PASSWORD);
    for (String shown : List.of(config.toString(), run.toString(), run.describe(), config.target().toString())) {
      assertThat(shown).doesNotContain(API_KEY).doesNotContain(WEBHOOK).doesNotContain(DB_PASSWORD);
    }
    assertThat(run.describe()).contains("key=****" + API_KEY.substring(API_KEY.length() - 4));
    assertThat(run.toString()).contains("postgresql://loadtest:****@db:5432/builderengine");
  }

  private static String messageOf(BadConfigTest.BadConfig bad, Path directory, Map<String, String> environment) {
    ConfigException thrown = catchThrowableOfType(ConfigException.class, () -> bad.run(directory, environment));
    assertThat(thrown).as("%s fails", bad.name()).isNotNull();
    assertThat(thrown.getCause()).as("no cause whose message could quote the file").isNull();
    return thrown.getMessage();
  }
}
