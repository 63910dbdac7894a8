package io.daylight.core.identity;

import io.daylight.core.event.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a crew filing many personas cannot cheaply hide, read from one application (issue 15,
 * item 8: subtle rings rewrite the CV text until word shingles share 0.1–0.3, below an honest
 * bootcamp cohort's 0.4):
 *
 * <ul>
 *   <li>{@link #workHistory}: the employer/date sequence. Rewording a summary and reordering bullets
 *       leaves the invented work history in place; a bootcamp's template carries the phrasing around
 *       each graduate's own employers and dates.</li>
 *   <li>{@link #emailTemplate}: the shape of the mailbox's local part with the applicant's own name
 *       abstracted ("jsmith4821.devpro" → "gS#4.devpro"): one operator minting mailboxes for many
 *       personas follows one recipe. Only shapes with a literal part that is not the name are kept;
 *       "john.smith", "jsmith77" are everyone's recipe.</li>
 *   <li>{@link #network24}: the IPv4 /24 (IPv6 /48) the application was filed from, read with the
 *       cluster's timing: one small rented block, bursts of filings.</li>
 * </ul>
 */
final class RingTraces {
  /** Dated jobs before a work history is specific enough to compare: one shared job is a colleague. */
  static final int MIN_DATED_JOBS = 2;
  /** A literal outside the name must be this long to make a recipe ("dev", "pro", "work"). */
  static final int MIN_LITERAL = 3;

  private RingTraces() {}

  /** "acme|2018-01|2020-06;globex|2020-07|2023-02", or "" when fewer than two dated jobs. */
  static String workHistory(List<Application.Employer> employers) {
    if (employers == null) return "";
    List<String> jobs = new ArrayList<>();
    for (Application.Employer e : employers) {
      if (e == null || e.start() == null || e.start().isBlank()) continue;
      jobs.add(Text.fold(e.name()) + "|" + month(e.start()) + "|" + (e.end() == null ? "" : month(e.end())));
    }
    if (jobs.size() < MIN_DATED_JOBS) return "";
    jobs.sort(null);
    return String.join(";", jobs);
  }

  private static String month(String date) {
    String d = date.trim();
    return d.length() >= 7 ? d.substring(0, 7) : d;
  }

  /**
   * The local part's recipe: the given name → "G", its initial (at the start) → "g", the surname →
   * "S", a digit run → "#" and its length, everything else literal. "" when the recipe has no
   * literal of {@link #MIN_LITERAL}+ letters (then it is no one's in particular).
   */
  static String emailTemplate(String email, String given, String surname) {
    if (email == null) return "";
    int at = email.indexOf('@');
    if (at <= 0) return "";
    String local = email.substring(0, at).toLowerCase(Locale.ROOT);
    String g = given.replace(" ", "");
    String s = surname.replace(" ", "");
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int longestLiteral = 0;
    int i = 0;
    while (i < local.length()) {
      char c = local.charAt(i);
      int consumed = 0;
      String symbol = null;
      if (!g.isEmpty() && local.startsWith(g, i)) {
        symbol = "G";
        consumed = g.length();
      } else if (!s.isEmpty() && local.startsWith(s, i)) {
        symbol = "S";
        consumed = s.length();
      } else if (i == 0 && !g.isEmpty() && c == g.charAt(0) && !s.isEmpty() && local.startsWith(s, 1)) {
        symbol = "g";
        consumed = 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < local.length() && Character.isDigit(local.charAt(j))) j++;
        symbol = "#" + (j - i);
        consumed = j - i;
      }
      if (symbol != null) {
        longestLiteral = Math.max(longestLiteral, letters(literal));
        literal.setLength(0);
        out.append(symbol);
        i += consumed;
      } else {
        out.append(c);
        literal.append(c);
        i++;
      }
    }
    longestLiteral = Math.max(longestLiteral, letters(literal));
    return longestLiteral >= MIN_LITERAL ? out.toString() : "";
  }

  private static int letters(CharSequence s) {
    int best = 0;
    int run = 0;
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) best = Math.max(best, ++run);
      else run = 0;
    }
    return best;
  }

  /** "203.0.113.7" → "203.0.113.0/24", "2001:db8:1:2::5" → "2001:db8:1::/48", else "". */
  static String network24(String ip) {
    if (ip == null || ip.isBlank()) return "";
    String t = ip.trim();
    if (t.indexOf(':') < 0) {
      int last = t.lastIndexOf('.');
      if (last < 0 || t.chars().filter(ch -> ch == '.').count() != 3) return "";
      return t.substring(0, last) + ".0/24";
    }
    String[] groups = t.split(":", -1);
    if (groups.length < 3 || groups[0].isEmpty()) return "";
    return (groups[0] + ":" + groups[1] + ":" + groups[2]).toLowerCase(Locale.ROOT) + "::/48";
  }
}
