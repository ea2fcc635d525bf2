package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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

  @Test
  void rejectsOtherUrlsNamingThemWithoutThePassword() {
    assertThatThrownBy(() -> JdbcUrls.toJdbc("mysql://u:s3cret@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://u:****@h/db")
        .hasMessageContaining("postgresql://user:password@host:5432/database")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> JdbcUrls.toJdbc(" "))
        .hasMessageContaining("jdbc:postgresql://");
  }
}
