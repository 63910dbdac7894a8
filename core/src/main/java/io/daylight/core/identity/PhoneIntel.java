package io.daylight.core.identity;

import java.util.Optional;

/**
 * What the numbering plans say about a phone number as written. Implemented with libphonenumber in
 * module intel ({@code io.daylight.intel.phone.LibPhoneIntel}); core only sees this interface.
 */
public interface PhoneIntel {

  /**
   * Parses a number as the applicant wrote it.
   *
   * @param regionHint ISO alpha-2 used when the number has no country code (the declared country)
   * @return empty when the text holds no plausible number
   */
  Optional<PhoneInfo> parse(String raw, String regionHint);

  /**
   * @param e164 "+16025550143"
   * @param region ISO alpha-2 of the number's plan region ("US"), or null when unknown
   * @param valid whether the number is valid in its plan (assigned ranges, right length)
   * @param lineType what the plan or the pluggable lookup says the line is
   * @param lineTypeSource where the line type comes from ("libphonenumber 9.0.43 metadata", a lookup)
   */
  record PhoneInfo(String e164, String region, boolean valid, LineType lineType, String lineTypeSource) {}

  enum LineType { MOBILE, FIXED_LINE, FIXED_LINE_OR_MOBILE, VOIP, TOLL_FREE, PREMIUM_RATE, PERSONAL, PAGER, OTHER, UNKNOWN }

  /**
   * Without numbering-plan data: a number written with a leading '+' is kept as '+' and its digits;
   * one without is keyed by its digits alone. Equal keys still mean the same number as written, so
   * shared-phone edges work, but no region, validity or line type is claimed.
   */
  PhoneIntel DIGITS_ONLY = (raw, regionHint) -> {
    if (raw == null) return Optional.empty();
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') d.append(c);
    }
    if (d.length() < 6) return Optional.empty();
    String key = raw.trim().startsWith("+") ? "+" + d : d.toString();
    return Optional.of(new PhoneInfo(key, null, false, LineType.UNKNOWN, "none: digits only"));
  };
}
