package io.daylight.core.identity;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Application;
import io.daylight.core.event.Place;
import io.daylight.core.intel.Gazetteer;
import io.daylight.core.intel.IpIntel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Per-application signals, each weak and explained: the phone against its numbering plan and the
 * declared country, the submitting IP and the browser's UTC offset against the declared place, and
 * watchlist hits.
 *
 * <p>Likelihood ratios here are POLICY ASSUMPTIONS, stated as such: no public labelled data gives
 * P(invalid phone | fraudulent applicant) and the ring scenario encodes these traits by design, so
 * measuring them there would be circular. They are kept small (2–3) and each family shares one
 * dependency group, so the scorer counts at most one phone and one geography finding per
 * application; watchlist hits are larger because a list entry is itself curated evidence.
 *
 * <p>Countries of education and employers are shown as context but never weighed: they are a
 * proxy for national origin, which Daylight does not use as a feature.
 *
 * <p>The submitting IP and browser clock describe whoever submitted. An application a staffing
 * agency filed for its candidate ({@code source.channel = agency}) was submitted from the
 * recruiter's office, possibly an offshore one in another time zone, so neither says anything
 * about the candidate and neither is weighed; the agency's own filing pattern is the vendor
 * detectors' business ({@code vendor.agency-applications}).
 */
public final class ApplicationScreening {
  public static final String PHONE = "screening.phone";
  public static final String GEOGRAPHY = "screening.geography";
  public static final String WATCHLIST = "screening.watchlist";

  /** Policy assumption: an invalid or foreign-plan number is weak evidence (typos, expatriates). */
  static final double PHONE_INVALID_LR = 2;
  static final double PHONE_FOREIGN_REGION_LR = 3;
  static final double PHONE_FOREIGN_FORMAT_LR = 2;
  static final double PHONE_VOIP_LR = 2;
  /** Policy assumption: many honest people use a VPN; a hosting/VPN exit is weak evidence. */
  static final double IP_ANONYMISED_LR = 2;
  static final double IP_COUNTRY_LR = 3;
  static final double UTC_OFFSET_LR = 3;
  /** Policy assumption: a curated organisation hit is strong; a person-name hit is often a namesake. */
  static final double WATCHLIST_ORG_LR = 20;
  static final double WATCHLIST_PERSON_LR = 2;
  static final double WATCHLIST_CONTACT_LR = 20;
  /**
   * Standard time departs from local mean solar time (longitude / 15 h) by at most about 3 hours
   * (western China on UTC+8), plus 1 hour of daylight saving: an offset more than 4.5 hours from
   * the solar offset of the declared city is no time zone that city uses.
   */
  static final int MAX_SOLAR_DEVIATION_MIN = 270;
  /** North American habits: 602-555-0143, (602) 555 0143, 6025550143, 602 5550143. */
  private static final Set<String> NANP_GROUPINGS = Set.of("3-3-4", "10", "3-7");

  private final PhoneIntel phones;
  private final IpIntel ips;
  private final Gazetteer places;
  private final WatchlistMatcher watchlists;

  /** Any of the reference-data arguments may be null: the signals that need it are then not computed. */
  public ApplicationScreening(PhoneIntel phones, IpIntel ips, Gazetteer places, DeploymentContext context) {
    this.phones = phones == null ? PhoneIntel.DIGITS_ONLY : phones;
    this.ips = ips == null ? IpIntel.NONE : ips;
    this.places = places == null ? (city, region, c) -> Optional.empty() : places;
    this.watchlists = new WatchlistMatcher(context.watchlists());
  }

  public List<Finding> screen(Application a) {
    List<Finding> out = new ArrayList<>();
    Application.Candidate c = a.candidate();
    Place declared = c == null ? null : c.location();
    String country = declared == null || declared.country() == null ? null : declared.country().toUpperCase(Locale.ROOT);
    String e164 = phone(a, c, country, out);
    if (!filedByAgency(a)) geography(a, declared, country, out);
    if (!watchlists.isEmpty()) {
      for (WatchlistMatcher.Hit h : watchlists.match(a, e164)) out.add(watchlistFinding(a, h));
    }
    return out;
  }

  private String phone(Application a, Application.Candidate c, String country, List<Finding> out) {
    if (c == null || Text.isBlank(c.phone())) return null;
    Optional<PhoneIntel.PhoneInfo> parsed = phones.parse(c.phone(), country);
    boolean planKnown = parsed.map(p -> p.region() != null).orElse(false);
    if (invalidNumber(parsed)) {
      out.add(finding(PHONE, a, "Phone number is not valid in any numbering plan",
          "The phone \"" + c.phone() + "\" is not a valid number" + (country == null ? "" : " (read with " + country
              + " as the default country)") + ". A typo does this too, so it weighs little.",
          PHONE_INVALID_LR, "applicant-phone", List.of(Evidence.fact("phone", c.phone(), "application"))));
      return null;
    }
    PhoneIntel.PhoneInfo p = parsed.get();
    if (planKnown && country != null && !country.equals(p.region()) && !(nanp(country) && nanp(p.region()))) {
      out.add(finding(PHONE, a, "Phone number belongs to " + p.region() + ", applicant declared " + country,
          "The phone " + p.e164() + " is in the numbering plan of " + p.region() + " while the applicant declared "
              + country + ". Expatriates keep home numbers, so it weighs little.",
          PHONE_FOREIGN_REGION_LR, "applicant-phone", List.of(Evidence.fact("phone_region", p.region(), p.lineTypeSource()),
              Evidence.fact("declared_country", country, "application"))));
    }
    boolean usNumber = p.e164().startsWith("+1") || !planKnown && nanp(country);
    String grouping = PhoneFormat.nationalGrouping(c.phone());
    if (usNumber && nanp(country) && !NANP_GROUPINGS.contains(grouping)) {
      out.add(finding(PHONE, a, "North American number typed in a foreign digit grouping (" + grouping + ")",
          "The phone was written \"" + c.phone() + "\": its digits are grouped " + grouping + ", where North American "
              + "numbers are written 3-3-4 (\"602-555-0143\"). How a number is typed is a habit of where one learned "
              + "to write numbers.", PHONE_FOREIGN_FORMAT_LR, "applicant-phone",
          List.of(Evidence.fact("format", PhoneFormat.fingerprint(c.phone()), "typed phone"),
              Evidence.fact("expected", "3-3-4", "NANP convention (ITU-T E.123 national notation for +1)"))));
    }
    if (p.lineType() == PhoneIntel.LineType.VOIP) {
      out.add(finding(PHONE, a, "Phone number is a VoIP line",
          "The phone " + p.e164() + " is a VoIP number according to " + p.lineTypeSource()
              + ". Virtual numbers are cheap to get in any country; many honest people use them too.",
          PHONE_VOIP_LR, "applicant-phone", List.of(Evidence.fact("line_type", "voip", p.lineTypeSource()))));
    }
    return p.e164();
  }

  /**
   * What the screening calls "not a valid number": unparseable, or invalid in a plan it knows.
   * Public so the fairness report measures exactly this rule.
   */
  public static boolean invalidNumber(Optional<PhoneIntel.PhoneInfo> parsed) {
    return parsed.isEmpty() || parsed.get().region() != null && !parsed.get().valid();
  }

  private void geography(Application a, Place declared, String country, List<Finding> out) {
    if (country == null) return;
    List<Evidence> context = new ArrayList<>();
    Set<String> elsewhere = new LinkedHashSet<>();
    for (Application.Education e : a.education()) if (e.country() != null) elsewhere.add(e.country());
    for (Application.Employer e : a.employers()) if (e.country() != null) elsewhere.add(e.country());
    if (!elsewhere.isEmpty()) {
      context.add(Evidence.fact("education_and_employer_countries", String.join(",", elsewhere),
          "application (context only, never weighed: a proxy for national origin)"));
    }
    if (a.ip() != null) {
      Optional<IpIntel.IpInfo> info = ips.lookup(a.ip());
      if (info.isPresent()) {
        IpIntel.IpInfo ip = info.get();
        List<Evidence> ev = new ArrayList<>(List.of(Evidence.fact("ip", ip.ip(), "application"),
            Evidence.fact("asn", "AS" + ip.asn() + " " + (ip.asOrg() == null ? "" : ip.asOrg()), "IP data")));
        ev.addAll(context);
        if (ip.network().anonymising()) {
          String what = ip.network().name().toLowerCase(Locale.ROOT);
          out.add(finding(GEOGRAPHY, a, "Applied from a " + what + " network",
              "The application came from " + ip.ip() + " (AS" + ip.asn() + " " + ip.asOrg() + "), classified " + what
                  + " by " + ip.networkSource() + ": where the applicant really is stays hidden. Many honest people "
                  + "use VPNs, so it weighs little.", IP_ANONYMISED_LR, "applicant-geography", ev));
        } else if (ip.country() != null && !ip.country().equalsIgnoreCase(country)) {
          out.add(finding(GEOGRAPHY, a, "Applied from " + ip.country() + ", declared " + declared.label(),
              "The application came from " + ip.ip() + ", registered in " + ip.country() + " (AS" + ip.asn() + " "
                  + ip.asOrg() + "), while the applicant declared " + declared.label() + ".",
              IP_COUNTRY_LR, "applicant-geography", ev));
        }
      }
    }
    Integer offset = a.clientUtcOffsetMin();
    if (offset != null && declared.city() != null) {
      places.find(declared.city(), declared.region(), country).ifPresent(g -> {
        int solar = (int) Math.round(g.lon() / 15.0 * 60);
        if (Math.abs(offset - solar) > MAX_SOLAR_DEVIATION_MIN) {
          List<Evidence> ev = new ArrayList<>(List.of(
              Evidence.measured("browser_utc_offset_min", offset, "min", "solar offset " + solar + " min ± "
                  + MAX_SOLAR_DEVIATION_MIN, "longitude " + g.lon() + " / 15 h; max zone deviation incl. DST")));
          ev.addAll(context);
          out.add(finding(GEOGRAPHY, a, "Browser clock is set to UTC" + hours(offset) + ", no zone of " + declared.label(),
              String.format(Locale.ROOT, "The browser reported UTC%s when the application was sent. %s lies at longitude "
                  + "%.1f, whose solar time is UTC%s; no civil time zone departs from solar time by more than 4.5 "
                  + "hours, so the computer was not set for the declared place.", hours(offset), declared.label(), g.lon(),
                  hours(solar)), UTC_OFFSET_LR, "applicant-geography", ev));
        }
      });
    }
  }

  private static Finding watchlistFinding(Application a, WatchlistMatcher.Hit h) {
    String kind = h.entry().kind().toLowerCase(Locale.ROOT);
    double lr = switch (kind) {
      case "person" -> WATCHLIST_PERSON_LR;
      case "phone", "domain", "account" -> WATCHLIST_CONTACT_LR;
      default -> WATCHLIST_ORG_LR;
    };
    String title = "Watchlist: " + h.field() + " \"" + h.value() + "\" matches " + kind + " \"" + h.entry().value() + "\"";
    String explanation = String.format(Locale.ROOT,
        "The application's %s \"%s\" matches the watchlist %s \"%s\" with similarity %.2f (source: %s, %s).%s",
        h.field(), h.value(), kind, h.entry().value(), h.score(), h.entry().source(), h.entry().date(),
        kind.equals("person") ? " Names are shared by many people: confirm with a second identifier." : "");
    return finding(WATCHLIST, a, title, explanation, lr, "applicant-watchlist-" + kind,
        List.of(Evidence.measured("similarity", h.score(), null, kind.equals("person") ? "≥ 0.92" : "≥ 0.90",
            "Jaro–Winkler on folded, sorted words"), Evidence.fact("entry", h.entry().value(), h.entry().source())));
  }

  private static Finding finding(String detector, Application a, String title, String explanation, double lr,
                                 String group, List<Evidence> evidence) {
    return new Finding(FindingIds.of(detector, a.id(), title), detector, a.id(), SubjectKind.APPLICANT, a.time(),
        title, explanation, lr, group, evidence, List.of(a.id()), List.of(a.id()));
  }

  private static boolean filedByAgency(Application a) {
    return a.source() != null && "agency".equalsIgnoreCase(a.source().channel());
  }

  private static boolean nanp(String country) {
    return "US".equals(country) || "CA".equals(country);
  }

  private static String hours(int minutes) {
    int abs = Math.abs(minutes);
    return (minutes < 0 ? "-" : "+") + (abs / 60) + (abs % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", abs % 60));
  }
}
