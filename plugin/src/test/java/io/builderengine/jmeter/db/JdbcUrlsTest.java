package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("faults")
class JdbcUrlsTest {

  @Test
  void takesTheCredentialsOutOfTheOldSuitesForm() {
    JdbcTarget target = JdbcUrls.toJdbc("postgresql://be:s3cret@db.local:6543/builderengine?sslmode=disable");

    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/builderengine?sslmode=disable");
    assertThat(target.user()).isEqualTo("be");
    assertThat(target.password()).isEqualTo("s3cret");
  }

  @Test
  void acceptsLibpqAndJdbcForms() {
    assertThat(JdbcUrls.toJdbc("postgres://localhost/builderengine"))
        .isEqualTo(new JdbcTarget("jdbc:postgresql://localhost/builderengine", null, null));
    assertThat(JdbcUrls.toJdbc("jdbc:postgresql://u@localhost:5432/db"))
        .isEqualTo(new JdbcTarget("jdbc:postgresql://localhost:5432/db", "u", null));
  }

  @Test
  void decodesPercentEncodedPasswordsAndKeepsAnUnencodedAt() {
    assertThat(JdbcUrls.toJdbc("postgresql://u:p%40ss+w@h/db").password()).isEqualTo("p@ss+w");
    assertThat(JdbcUrls.toJdbc("postgresql://u:p@ss@h/db").password()).isEqualTo("p@ss");
  }

  @Test
  void movesUserAndPasswordParametersOutOfTheUrl() {
    JdbcTarget target = JdbcUrls.toJdbc("jdbc:postgresql://h/db?user=u&ssl=true&password=pw");

    assertThat(target).isEqualTo(new JdbcTarget("jdbc:postgresql://h/db?ssl=true", "u", "pw"));
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(JdbcUrls.toJdbc("postgresql://u:s3cret@h/db").toString())
        .doesNotContain("s3cret").contains("password=****", "user=u");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                                  | No database URL given; expected <forms>",
      "\"   \"                               | No database URL given; expected <forms>",
      "mysql://u:s3cret@h/db               | Not a PostgreSQL URL: 'mysql://u:****@h/db'; expected <forms>",
      "jdbc:mysql://h/db?password=s3cret   | Not a PostgreSQL URL: 'jdbc:mysql://h/db?password=****'; expected <forms>",
      "localhost:5432/builderengine        | Not a PostgreSQL URL: 'localhost:5432/builderengine'; expected <forms>",
      "postgresql://                       | Not a PostgreSQL URL: 'postgresql://'; expected <forms>",
      "postgresql://u:s3cret@              | Not a PostgreSQL URL: 'postgresql://u:****@'; expected <forms>",
      "postgresql://u:s3cr%zz@h/db         | Bad percent-encoding in the user or password of 'postgresql://u:****@h/db': a % must start %XX (two hex digits); write a literal % as %25",
      "postgresql://h/db?password=s3cr%zz  | Bad percent-encoding in the user or password of 'postgresql://h/db?password=****': a % must start %XX (two hex digits); write a literal % as %25",
  })
  void aUrlThatIsNotPostgresIsOneMessageWithThePasswordMasked(String url, String expected) {
    assertThatThrownBy(() -> JdbcUrls.toJdbc(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected.replace("<forms>", JdbcUrls.ACCEPTED_FORMS)).hasMessageNotContaining("s3cr");
  }
}
