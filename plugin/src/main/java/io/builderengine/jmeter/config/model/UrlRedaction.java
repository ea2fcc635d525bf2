package io.builderengine.jmeter.config.model;

import java.util.regex.Pattern;

/**
 * Hides the password of a URL ({@code postgresql://user:secret@host/db},
 * {@code ...?password=secret}) so the URL can be logged.
 *
 * <p>Stateless and thread-safe.
 */
public final class UrlRedaction {

  private static final String MASK = "****";
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&](?:password|sslpassword|pass|pwd)=)[^&#]*");

  private UrlRedaction() {
  }

  public static String redact(String url) {
    return PASSWORD_PARAMETER.matcher(redactUserInfo(url)).replaceAll("$1" + MASK);
  }

  private static String redactUserInfo(String url) {
    int authorityStart = url.indexOf("://");
    if (authorityStart < 0) {
      return url;
    }
    authorityStart += 3;
    // The last '@' before the query ends the user info: a password may hold an unencoded '@' or '/'.
    int queryStart = firstIndexOf(url, authorityStart, '?', '#');
    int userInfoEnd = url.lastIndexOf('@', queryStart - 1);
    if (userInfoEnd < authorityStart) {
      return url;
    }
    int passwordStart = url.indexOf(':', authorityStart);
    if (passwordStart < 0 || passwordStart > userInfoEnd) {
      return url;
    }
    return url.substring(0, passwordStart + 1) + MASK + url.substring(userInfoEnd);
  }

  private static int firstIndexOf(String text, int from, char first, char second) {
    int firstAt = text.indexOf(first, from);
    int secondAt = text.indexOf(second, from);
    if (firstAt < 0) {
      return secondAt < 0 ? text.length() : secondAt;
    }
    return secondAt < 0 ? firstAt : Math.min(firstAt, secondAt);
  }
}
