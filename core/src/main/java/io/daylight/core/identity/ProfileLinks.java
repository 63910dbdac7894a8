package io.daylight.core.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Profile links to a stable handle key: "https://www.GitHub.com/JMiller-Dev/" and
 * "github.com/jmiller-dev?tab=repositories" are both {@code github:jmiller-dev}. GitHub and LinkedIn
 * handles are case-insensitive (GitHub: usernames are unique ignoring case; LinkedIn public profile
 * URLs are lower-cased by the site). Other links are kept as host + path, lower case.
 */
public final class ProfileLinks {
  private ProfileLinks() {}

  public static Optional<String> key(String url) {
    if (url == null || url.isBlank()) return Optional.empty();
    String s = url.trim().toLowerCase(Locale.ROOT);
    s = s.replaceFirst("^[a-z]+://", "");
    int cut = indexOfAny(s, "?#");
    if (cut >= 0) s = s.substring(0, cut);
    s = s.replaceFirst("^(www\\.|m\\.|[a-z]{2}\\.)(?=linkedin\\.com)", "").replaceFirst("^www\\.", "");
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    String[] parts = s.split("/");
    if (parts.length == 0 || parts[0].isEmpty()) return Optional.empty();
    String host = parts[0];
    if (host.equals("github.com") && parts.length >= 2 && !parts[1].isEmpty()) {
      return Optional.of("github:" + parts[1]);
    }
    if (host.equals("linkedin.com") && parts.length >= 3 && parts[1].equals("in") && !parts[2].isEmpty()) {
      return Optional.of("linkedin:" + parts[2]);
    }
    return Optional.of("web:" + s);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
