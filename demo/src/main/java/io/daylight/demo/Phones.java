package io.daylight.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Telephone numbers in the shapes people really type them: E.164, international with spaces, or
 * the national format of their country. Numbering plans: NANP (area code + NXX + 4 digits), and
 * the mobile ranges of each country's national plan (ITU-T E.164 assignments). Every number is
 * new unless a scenario deliberately reuses one.
 *
 * <p>A person's number is in service, so it lies in a block the national plan has allocated. The
 * draws below cover each country's mobile prefix coarsely (07[4-9] in the UK holds unallocated and
 * paging blocks, 06 in France and 09 in the Philippines have gaps), which once gave 12 % of UK, 7 %
 * of French and Philippine and 2 % of Polish numbers no allocation at all, and nobody elsewhere
 * (measured over 2,000 draws each with libphonenumber 9.0.43, whose metadata compiles the
 * regulators' plans). That put honest applicants from those countries in "invalid number" cases at
 * several times the US rate (docs/privacy/fairness.md): a flaw of the model, not of the people. So a
 * drawn number outside every allocated block takes the leading digits of the plan's example mobile
 * number and keeps its own subscriber digits. No extra random draw is made, so every other value
 * of a seeded organisation stays as it was.
 */
final class Phones {
  private static final Map<String, String> CALLING_CODE = Map.ofEntries(
      Map.entry("US", "1"), Map.entry("CA", "1"), Map.entry("GB", "44"), Map.entry("DE", "49"),
      Map.entry("FR", "33"), Map.entry("PL", "48"), Map.entry("IN", "91"), Map.entry("PH", "63"),
      Map.entry("BR", "55"), Map.entry("MX", "52"), Map.entry("PT", "351"), Map.entry("JP", "81"),
      Map.entry("CN", "86"), Map.entry("RU", "7"));

  private static final PhoneNumberUtil PLANS = PhoneNumberUtil.getInstance();
  /** How many leading digits of a mobile number name its block, at most (UK 07xxx; others 3). */
  private static final int BLOCK_DIGITS = 4;

  private final Set<String> used = new HashSet<>();

  /** A national significant number never handed out before, in an allocated block. */
  String fresh(RandomGenerator r, Place p) {
    String n;
    do {
      n = allocated(p.country(), nationalNumber(r, p));
    } while (!used.add(p.country() + n));
    return n;
  }

  /** {@code nsn} if its plan allocates it; otherwise the same subscriber digits in an allocated block. */
  static String allocated(String country, String nsn) {
    if (inService(country, nsn)) return nsn;
    var example = PLANS.getExampleNumberForType(country, PhoneNumberUtil.PhoneNumberType.MOBILE);
    if (example == null) return nsn;
    String block = Long.toString(example.getNationalNumber());
    for (int k = 1; k <= BLOCK_DIGITS && k < nsn.length(); k++) {
      String moved = block.substring(0, k) + nsn.substring(k);
      if (inService(country, moved)) return moved;
    }
    return nsn;
  }

  private static boolean inService(String country, String nsn) {
    try {
      return PLANS.isValidNumberForRegion(PLANS.parse("+" + CALLING_CODE.getOrDefault(country, "1") + nsn, country), country);
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static String digits(RandomGenerator r, int k) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < k; i++) b.append((char) ('0' + r.nextInt(10)));
    return b.toString();
  }

  private static String nationalNumber(RandomGenerator r, Place p) {
    return switch (p.country()) {
      case "US", "CA" -> {
        String exchange;
        do {
          exchange = (2 + r.nextInt(8)) + digits(r, 2);
        } while (exchange.equals("555") || exchange.endsWith("11"));
        yield p.areaCodes().get(r.nextInt(p.areaCodes().size())) + exchange + digits(r, 4);
      }
      case "GB" -> "7" + (4 + r.nextInt(6)) + digits(r, 8);
      case "DE" -> new String[] {"151", "160", "170", "176"}[r.nextInt(4)] + digits(r, 8);
      case "FR" -> "6" + digits(r, 8);
      case "PL" -> (5 + r.nextInt(4)) + digits(r, 8);
      case "IN" -> (6 + r.nextInt(4)) + digits(r, 9);
      case "PH" -> "9" + (1 + r.nextInt(9)) + digits(r, 8);
      case "BR" -> "119" + digits(r, 8);
      case "MX" -> "55" + digits(r, 8);
      default -> p.areaCodes().get(0) + digits(r, 7);
    };
  }

  /** The number as a person or a system writes it: style 0 = E.164, 1 = spaced international, 2+ = national. */
  static String format(String country, String nsn, int style) {
    String cc = CALLING_CODE.getOrDefault(country, "1");
    if (style == 0) return "+" + cc + nsn;
    if (country.equals("US") || country.equals("CA")) {
      String a = nsn.substring(0, 3), x = nsn.substring(3, 6), s = nsn.substring(6);
      return switch (style) {
        case 1 -> "+1 " + a + " " + x + " " + s;
        case 2 -> "(" + a + ") " + x + "-" + s;
        case 3 -> a + "-" + x + "-" + s;
        default -> a + "." + x + "." + s;
      };
    }
    if (style == 1) return "+" + cc + " " + nsn.substring(0, 3) + " " + nsn.substring(3);
    return switch (country) {
      case "GB" -> "0" + nsn.substring(0, 4) + " " + nsn.substring(4);
      case "DE" -> "0" + nsn.substring(0, 3) + " " + nsn.substring(3);
      case "FR" -> "0" + nsn.charAt(0) + " " + nsn.substring(1, 3) + " " + nsn.substring(3, 5) + " " + nsn.substring(5, 7) + " " + nsn.substring(7);
      case "PL" -> nsn.substring(0, 3) + " " + nsn.substring(3, 6) + " " + nsn.substring(6);
      case "IN" -> nsn.substring(0, 5) + " " + nsn.substring(5);
      case "PH" -> "0" + nsn.substring(0, 3) + " " + nsn.substring(3, 6) + " " + nsn.substring(6);
      case "BR" -> "(" + nsn.substring(0, 2) + ") " + nsn.substring(2, 7) + "-" + nsn.substring(7);
      case "MX" -> nsn.substring(0, 2) + " " + nsn.substring(2, 6) + " " + nsn.substring(6);
      default -> "0" + nsn;
    };
  }
}
