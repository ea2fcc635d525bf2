package io.builderengine.jmeter.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the URL forms testers write into a {@link JdbcTarget}: the old suite's
 * {@code postgresql://user:pass@host:port/db?x=y}, libpq's {@code postgres://...}, and
 * {@code jdbc:postgresql://...}. Credentials leave the URL so that it can be logged; percent-encoded
 * user and password are decoded. Stateless and thread-safe.
 */
public final class JdbcUrls {

  static final String ACCEPTED_FORMS = "postgresql://user:password@host:5432/database?param=value, "
      + "postgres://..., or jdbc:postgresql://...";

  private static final String MASK = "****";
  // scheme, optional user info (up to the last '@' before the path), host[:port], path, query.
  private static final Pattern URL = Pattern.compile(
      "(?i)(?:jdbc:)?(?:postgresql|postgres)://(?:(?<userInfo>[^/?#]*)@)?(?<host>[^/?#@]+)"
          + "(?<path>/[^?#]*)?(?<query>\\?[^#]*)?");

  // Greedy up to the last '@' before the path: a password may hold an unencoded '@'.
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/?#@]*:)[^/?#]*@");
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&#]*");
  private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?i)^(user|password)=(.*)$");

  private JdbcUrls() {
  }

  /**
   * @throws IllegalArgumentException when the URL has none of the accepted forms; the message
   *     names the URL with its password masked
   */
  public static JdbcTarget toJdbc(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No database URL given; expected " + ACCEPTED_FORMS);
    }
    Matcher parts = URL.matcher(url.trim());
    if (!parts.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL URL: '" + redact(url.trim())
          + "'; expected " + ACCEPTED_FORMS);
    }
    String user = null;
    String password = null;
    String userInfo = parts.group("userInfo");
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), url);
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), url);
    }
    String path = parts.group("path") == null ? "/" : parts.group("path");
    // user= and password= parameters leave the URL too; those in the user info win.
    StringBuilder query = new StringBuilder();
    String rawQuery = parts.group("query");
    for (String parameter : rawQuery == null ? new String[0] : rawQuery.substring(1).split("&")) {
      Matcher credential = CREDENTIAL_PARAMETER.matcher(parameter);
      if (credential.matches()) {
        if (credential.group(1).equalsIgnoreCase("user")) {
          user = user == null ? decode(credential.group(2), url) : user;
        } else {
          password = password == null ? decode(credential.group(2), url) : password;
        }
      } else if (!parameter.isEmpty()) {
        query.append(query.length() == 0 ? '?' : '&').append(parameter);
      }
    }
    return new JdbcTarget("jdbc:postgresql://" + parts.group("host") + path + query,
        user == null || user.isEmpty() ? null : user, password);
  }

  /** The URL with the password of its user info masked, for messages. */
  static String redact(String url) {
    String userInfoMasked = USER_INFO_PASSWORD.matcher(url).replaceFirst("$1" + MASK + "@");
    return PASSWORD_PARAMETER.matcher(userInfoMasked).replaceAll("$1" + MASK);
  }

  /**
   * @param url the whole URL, for the message: URLDecoder's own would quote the text it could not
   *     decode, which may be part of the password
   */
  private static String decode(String text, String url) {
    try {
      // '+' is literal in user info (it means space only in form bodies).
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Bad percent-encoding in the user or password of '" + redact(url.trim())
          + "': a % must start %XX (two hex digits); write a literal % as %25", e);
    }
  }
}
