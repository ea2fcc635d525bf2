package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggestionTest {

  private static final List<String> PROFILE_KEYS = ConfigKeys.PROFILE.keys();

  @ParameterizedTest(name = "{0} -> {1} edits from {2}")
  @CsvSource({
      "concurent_users,      1, concurrent_users",
      "concurrent_user,      1, concurrent_users",
      "conucrrent_users,     1, concurrent_users",
      "concurrent-users,     1, concurrent_users",
      "ramp-up-seconds,      2, ramp_up_seconds",
      "duration,             8, duration_seconds",
      "abc,                  3, ''"})
  void countsEditsWithASwapAsOne(String typed, int edits, String target) {
    assertThat(KeySuggestion.edits(typed, target)).isEqualTo(edits);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "concurent_users   | did you mean 'concurrent_users'?",
      "Ramp_Up_Seconds   | did you mean 'ramp_up_seconds'?",
      "ramp-down-seconds | did you mean 'ramp_down_seconds'?",
      "users             | allowed keys: concurrent_users, requests_per_second, duration_seconds, ramp_up_seconds,"
          + " ramp_down_seconds"})
  void suggestsWithinTwoEditsOrListsTheKeys(String typed, String hint) {
    assertThat(KeySuggestion.hint(typed, PROFILE_KEYS)).isEqualTo(hint);
  }
}
