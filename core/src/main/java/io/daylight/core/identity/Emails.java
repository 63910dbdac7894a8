package io.daylight.core.identity;

import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses to the mailbox they deliver to, by each provider's documented rules, so that
 * "Jon.Miller+jobs@googlemail.com" and "jonmiller@gmail.com" are one identifier.
 */
public final class Emails {
  /**
   * Gmail ignores dots in the local part and delivers {@code name+anything} to {@code name}; the
   * googlemail.com domain is the same service (Google Account Help, "Dots don't matter in Gmail
   * addresses" and "Create task-specific email addresses").
   */
  private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

  /**
   * Providers that document plus addressing (sub-addressing) for their consumer mailboxes, so the
   * {@code +tag} is dropped but dots are kept: Microsoft ("Plus addressing in Exchange Online",
   * on by default for outlook.com), Fastmail ("Plus addressing and subdomain addressing"), Proton
   * ("How to use plus addressing"). Any other domain is kept as written: a '+' there may be part of
   * a distinct mailbox.
   */
  private static final Set<String> PLUS_ADDRESSING = Set.of(
      "outlook.com", "hotmail.com", "live.com", "msn.com",
      "fastmail.com", "fastmail.fm",
      "proton.me", "protonmail.com", "pm.me");

  /**
   * Free consumer mailbox services anyone can sign up to, so that a domain shared by many people
   * says nothing about an employer: the largest by users (Google Gmail, Microsoft Outlook/Hotmail,
   * Yahoo, Apple iCloud, AOL, Proton, GMX, Zoho, Yandex, Mail.ru, Tutanota), as each names its
   * own sign-up domains.
   */
  private static final Set<String> PUBLIC_PROVIDERS = Set.of(
      "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
      "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com",
      "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "zoho.com",
      "yandex.com", "yandex.ru", "mail.ru", "tutanota.com", "tuta.io", "fastmail.com", "fastmail.fm",
      "qq.com", "163.com", "126.com", "naver.com");

  private Emails() {}

  /** Whether the domain is a free consumer mailbox service (not any one organisation's). */
  public static boolean isPublicProvider(String domain) {
    return domain != null && PUBLIC_PROVIDERS.contains(domain.trim().toLowerCase(Locale.ROOT));
  }

  /** The delivering mailbox, lower case; "" when the value is not an address. */
  public static String mailbox(String raw) {
    if (raw == null) return "";
    String s = raw.trim().toLowerCase(Locale.ROOT);
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1) return "";
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (GMAIL.contains(domain)) {
      local = stripTag(local).replace(".", "");
      domain = "gmail.com";
    } else if (PLUS_ADDRESSING.contains(domain)) {
      local = stripTag(local);
    }
    return local.isEmpty() ? "" : local + "@" + domain;
  }

  /** The domain part, lower case, or "". */
  public static String domain(String raw) {
    if (raw == null) return "";
    String s = raw.trim().toLowerCase(Locale.ROOT);
    int at = s.lastIndexOf('@');
    return at < 0 ? "" : s.substring(at + 1);
  }

  private static String stripTag(String local) {
    int plus = local.indexOf('+');
    return plus < 0 ? local : local.substring(0, plus);
  }
}
