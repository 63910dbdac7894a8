package io.daylight.population;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Mobile numbers in E.164 that are valid under each country's numbering plan:
 * <ul>
 *   <li>US, CA — NANP (NANPA, ATIS-0300051): NPA-NXX-XXXX, N = 2-9; the exchange is never an N11
 *       service code nor 555 (555-0100..0199 is fictional). The area code is the city's.</li>
 *   <li>GB — Ofcom National Telephone Numbering Plan: mobile 071-075 and 077-079 + 8 digits
 *       (076 is paging, 070 personal numbering).</li>
 *   <li>IN — DoT National Numbering Plan 2003 (and later 6-series): 10-digit mobile numbers starting 6-9.</li>
 *   <li>PH — NTC mobile prefixes (Globe 0917, 0927, 0995 ...; Smart 0918, 0919, 0998 ...): 9XX + 7 digits.</li>
 *   <li>PL — UKE Plan numeracji: mobile ranges 45, 50, 51, 53, 57, 60, 66, 69, 72, 73, 78, 79, 88 + 7 digits.</li>
 *   <li>DE — BNetzA Rufnummernplan: 015x (4-digit block) + 7 digits; 0176-0179 + 8 digits.</li>
 *   <li>BR — Anatel: DDD 11 (São Paulo) + 9 + 8 digits (nine-digit mobiles since 2012-2016).</li>
 *   <li>NG — NCC: MTN 803/806/703/706/813/816/810/814/903/906, Glo 805/807/705/815/811/905, Airtel
 *       802/808/708/812/701/902/907/901 + 7 digits.</li>
 *   <li>MX — IFT plan since Aug 2019: 10 digits, no mobile "1"; 55 Mexico City, 33 Guadalajara + 8 digits.</li>
 *   <li>UA — NKRZI: Kyivstar 67/68/96/97/98, Vodafone 50/66/95/99, lifecell 63/73/93 + 7 digits.</li>
 * </ul>
 * VoIP numbers a scheme buys (Microsoft "Jasper Sleet" 2025) are ordinary NANP geographic numbers:
 * only a carrier lookup tells them apart, which the application does not carry.
 */
final class Phones {
  private static final List<String> PH = List.of("905", "906", "915", "916", "917", "926", "927", "935", "936", "945",
      "953", "954", "955", "956", "965", "966", "967", "975", "977", "995", "997", "908", "909", "910", "912", "918",
      "919", "920", "921", "928", "929", "930", "938", "939", "946", "947", "948", "949", "950", "951", "961", "998", "999");
  private static final List<String> PL = List.of("45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88");
  private static final List<String> NG = List.of("803", "806", "703", "706", "813", "816", "810", "814", "903", "906",
      "805", "807", "705", "815", "811", "905", "802", "808", "708", "812", "701", "902", "907", "901");
  private static final List<String> UA = List.of("67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93");
  private static final List<String> DE15 = List.of("1511", "1512", "1514", "1515", "1516", "1517", "1520", "1522",
      "1523", "1525", "1570", "1573", "1575", "1577", "1578", "1590");

  private final Set<String> used = new HashSet<>();

  /** A fresh mobile number of someone living in {@code place}. */
  String mobile(Place place, SplittableRandom r) {
    String n;
    do n = draw(place, r); while (!used.add(n));
    return n;
  }

  /** A US VoIP number in some area code (a crew's purchase; not tied to the persona's city). */
  String voip(SplittableRandom r) {
    return mobile(Place.us(r), r);
  }

  void reserve(String phone) {
    if (phone != null) used.add(phone);
  }

  private static String draw(Place p, SplittableRandom r) {
    return switch (p.country()) {
      case "US", "CA" -> "+1" + p.areaCode(r) + nanpExchange(r) + digits(4, r);
      case "GB" -> "+447" + "12345789".charAt(r.nextInt(8)) + digits(8, r);
      case "IN" -> "+91" + (6 + r.nextInt(4)) + digits(9, r);
      case "PH" -> "+63" + PH.get(r.nextInt(PH.size())) + digits(7, r);
      case "PL" -> "+48" + PL.get(r.nextInt(PL.size())) + digits(7, r);
      case "DE" -> r.nextBoolean() ? "+49" + DE15.get(r.nextInt(DE15.size())) + digits(7, r)
          : "+4917" + (6 + r.nextInt(4)) + digits(8, r);
      case "BR" -> "+55119" + (5 + r.nextInt(5)) + digits(7, r);
      case "NG" -> "+234" + NG.get(r.nextInt(NG.size())) + digits(7, r);
      case "MX" -> "+52" + (p.city().equals("Guadalajara") ? "33" : "55") + (1 + r.nextInt(9)) + digits(7, r);
      case "UA" -> "+380" + UA.get(r.nextInt(UA.size())) + digits(7, r);
      default -> throw new IllegalArgumentException("no numbering plan for " + p.country());
    };
  }

  /** NXX: N = 2-9, not an N11 code, not 555 (NANP reserved and fictional exchanges). */
  private static String nanpExchange(SplittableRandom r) {
    while (true) {
      String x = "" + (2 + r.nextInt(8)) + r.nextInt(10) + r.nextInt(10);
      if (x.charAt(1) == '1' && x.charAt(2) == '1') continue;
      if (x.equals("555")) continue;
      return x;
    }
  }

  private static String digits(int n, SplittableRandom r) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
    return b.toString();
  }

  /**
   * A mistyped number: two adjacent subscriber digits swapped, or one digit wrong — the country code
   * and area code stay, so the number still fits the plan's shape.
   */
  static String typo(String e164, SplittableRandom r) {
    char[] c = e164.toCharArray();
    int i = c.length - 1 - r.nextInt(3); // a swap with its left neighbour stays within the last four digits
    if (r.nextBoolean() && c[i] != c[i - 1]) {
      char t = c[i];
      c[i] = c[i - 1];
      c[i - 1] = t;
    } else {
      c[i] = (char) ('0' + (c[i] - '0' + 1 + r.nextInt(9)) % 10);
    }
    return new String(c);
  }

  /** A NANP number as people type it into a form: {@code +1 (602) 555-0143} (the contract's example). */
  static String national(String e164) {
    if (!e164.startsWith("+1") || e164.length() != 12) return e164;
    String d = e164.substring(2);
    return "+1 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
  }
}
