package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolSettingsTest {

  private static final JdbcTarget TARGET = JdbcUrls.toJdbc("postgresql://u:s3cret@h/db");

  @Test
  void rejectsImpossibleValuesWithTheWorkingRange() {
    assertThatThrownBy(() -> PoolSettings.of(TARGET, 0, "p"))
        .hasMessage("maxPoolSize cannot be less than 1, was 0");
    assertThatThrownBy(() -> PoolSettings.of(TARGET, 1, "p").withConnectionTimeoutMillis(100))
        .hasMessageContaining("connectionTimeoutMillis must be at least 250 ms, was 100");
    assertThatThrownBy(() -> new PoolSettings("jdbc:postgresql://h/db", null, null, 1, 1_000, 2_000, 30, 10, "p"))
        .hasMessageContaining("at most connectionTimeoutMillis (1000 ms), was 2000");
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(PoolSettings.of(TARGET, 4, "p").toString())
        .doesNotContain("s3cret").contains("password=****", "maxPoolSize=4");
  }
}
