package io.daylight.intel.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.daylight.core.identity.LineTypeLookup;
import io.daylight.core.identity.PhoneIntel;
import java.util.Optional;

/**
 * {@link PhoneIntel} from Google's libphonenumber (9.0.43, the numbering-plan metadata it ships).
 * For North American numbers libphonenumber answers FIXED_LINE_OR_MOBILE by design (the plan does
 * not separate them, and numbers port), so those go to a pluggable {@link LineTypeLookup} — a
 * carrier/LNP data source the deployment licenses — and stay FIXED_LINE_OR_MOBILE without one.
 */
public final class LibPhoneIntel implements PhoneIntel {
  static final String SOURCE = "libphonenumber 9.0.43 metadata";
  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final LineTypeLookup nanpLookup;
  private final String nanpSource;

  public LibPhoneIntel() {
    this(LineTypeLookup.NONE, "none");
  }

  /** @param nanpSource how the lookup's data is named in explanations ("carrier export 2026-03") */
  public LibPhoneIntel(LineTypeLookup nanpLookup, String nanpSource) {
    this.nanpLookup = nanpLookup;
    this.nanpSource = nanpSource;
  }

  @Override
  public Optional<PhoneInfo> parse(String raw, String regionHint) {
    if (raw == null || raw.isBlank()) return Optional.empty();
    Phonenumber.PhoneNumber n;
    try {
      n = util.parse(raw, regionHint == null ? "ZZ" : regionHint);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    String e164 = util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
    String region = util.getRegionCodeForNumber(n);
    boolean valid = util.isValidNumber(n);
    LineType type = map(util.getNumberType(n));
    String source = SOURCE;
    if (n.getCountryCode() == 1 && type == LineType.FIXED_LINE_OR_MOBILE) {
      Optional<LineType> looked = nanpLookup.lineType(e164);
      if (looked.isPresent()) {
        type = looked.get();
        source = nanpSource;
      }
    }
    if (region == null) {
      // Valid country code but no region (or an invalid number): keep the calling code's main region.
      region = util.getRegionCodeForCountryCode(n.getCountryCode());
      if ("ZZ".equals(region)) region = null;
    }
    return Optional.of(new PhoneInfo(e164, region, valid, type, source));
  }

  private static LineType map(PhoneNumberUtil.PhoneNumberType t) {
    return switch (t) {
      case MOBILE -> LineType.MOBILE;
      case FIXED_LINE -> LineType.FIXED_LINE;
      case FIXED_LINE_OR_MOBILE -> LineType.FIXED_LINE_OR_MOBILE;
      case VOIP -> LineType.VOIP;
      case TOLL_FREE -> LineType.TOLL_FREE;
      case PREMIUM_RATE -> LineType.PREMIUM_RATE;
      case PERSONAL_NUMBER -> LineType.PERSONAL;
      case PAGER -> LineType.PAGER;
      case UNKNOWN -> LineType.UNKNOWN;
      default -> LineType.OTHER;
    };
  }
}
