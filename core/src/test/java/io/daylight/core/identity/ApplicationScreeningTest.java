package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Application;
import io.daylight.core.event.Place;
import io.daylight.core.intel.Gazetteer;
import io.daylight.core.intel.IpIntel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationScreeningTest {
  /** Test double of reference data: a handful of addresses as the IP databases would describe them. */
  private static final Map<String, IpIntel.IpInfo> IPS = Map.of(
      "198.51.100.7", new IpIntel.IpInfo("198.51.100.7", "US", 7018, "AT&T", "Phoenix", 33.4, -112.0, IpIntel.NetworkClass.UNKNOWN, null),
      "203.0.113.9", new IpIntel.IpInfo("203.0.113.9", "CN", 4837, "China Unicom", "Shenyang", 41.8, 123.4, IpIntel.NetworkClass.UNKNOWN, null),
      "192.0.2.44", new IpIntel.IpInfo("192.0.2.44", "NL", 9009, "M247", "Amsterdam", 52.4, 4.9, IpIntel.NetworkClass.VPN, "x4bnet vpn ASN list"));
  private static final Gazetteer PLACES = (city, region, country) -> city.equals("Phoenix")
      ? Optional.of(new Gazetteer.GazetteerEntry("Phoenix", "US", "AZ", 33.448, -112.074, 1_600_000)) : Optional.empty();
  /** Digits-only phone data with the one plan fact these tests need: +82 is Korea. */
  private static final PhoneIntel PHONES = (raw, hint) -> PhoneIntel.DIGITS_ONLY.parse(raw, hint).map(p ->
      p.e164().startsWith("+82") ? new PhoneIntel.PhoneInfo(p.e164(), "KR", true, PhoneIntel.LineType.MOBILE, "test plan")
          : p.e164().startsWith("+1") || p.e164().length() == 10 ? new PhoneIntel.PhoneInfo(p.e164().startsWith("+") ? p.e164() : "+1" + p.e164(), "US", true, PhoneIntel.LineType.FIXED_LINE_OR_MOBILE, "test plan") : p);

  private final ApplicationScreening screening = new ApplicationScreening(PHONES, ip -> Optional.ofNullable(IPS.get(ip)), PLACES,
      new DeploymentContext(null, null, null, List.of(
          new DeploymentContext.WatchlistEntry("employer", "Yanbian Silverstar Network Technology Co., Ltd.", "DOJ release 2024-12-12", "2024-12-12"),
          new DeploymentContext.WatchlistEntry("domain", "silverstar.example", "internal incident 42", "2026-02-01"))));

  private static Application app(String phone, String ip, Integer offset, String employer, String email) {
    Application.Candidate c = new Application.Candidate("Jon Miller", email, phone, new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN),
        List.of(), null, null, null);
    return new Application("app-1", 0, "Engineer", c, ip, null, null, offset, null,
        List.of(new Application.Education("Kim Il Sung University", "KP", "BSc", 2012)),
        employer == null ? List.of() : List.of(new Application.Employer(employer, "CN", "Dev", "2019-01", "2023-01")), null, null);
  }

  @Test void an_honest_phoenix_applicant_raises_nothing_even_with_education_abroad() {
    assertThat(screening.screen(app("(602) 555-0143", "198.51.100.7", -420, "Acme Cloud Inc", "jon@gmail.com"))).isEmpty();
  }

  @Test void a_us_number_typed_in_a_foreign_grouping_is_a_weak_phone_signal() {
    List<Finding> f = screening.screen(app("+1 602-5550-143", "198.51.100.7", -420, null, "jon@gmail.com"));
    assertThat(f).extracting(Finding::title).containsExactly("North American number typed in a foreign digit grouping (3-4-3)");
    assertThat(f.get(0).likelihoodRatio()).isEqualTo(2);
    assertThat(f.get(0).dependencyGroup()).isEqualTo("applicant-phone");
  }

  @Test void a_korean_number_for_a_phoenix_applicant_is_a_foreign_region() {
    List<Finding> f = screening.screen(app("+82 10-2345-6789", "198.51.100.7", -420, null, "jon@gmail.com"));
    assertThat(f).extracting(Finding::title).containsExactly("Phone number belongs to KR, applicant declared US");
  }

  @Test void ip_country_vpn_and_a_browser_clock_far_from_phoenix_are_geography_signals() {
    List<Finding> china = screening.screen(app("(602) 555-0143", "203.0.113.9", 540, null, "jon@gmail.com"));
    assertThat(china).extracting(Finding::title).containsExactly("Applied from CN, declared Phoenix, AZ, US",
        "Browser clock is set to UTC+9, no zone of Phoenix, AZ, US");
    assertThat(china.get(1).explanation()).contains("solar time is UTC-7:28");
    assertThat(china).allMatch(x -> x.dependencyGroup().equals("applicant-geography"));
    assertThat(china.get(0).evidence()).anyMatch(e -> e.name().equals("education_and_employer_countries"));
    List<Finding> vpn = screening.screen(app("(602) 555-0143", "192.0.2.44", -300, null, "jon@gmail.com"));
    assertThat(vpn).extracting(Finding::title).containsExactly("Applied from a vpn network");
  }

  @Test void an_agency_filing_from_its_offshore_office_says_nothing_about_where_the_candidate_is() {
    // The recruiter's office in another country and time zone filed it: IP and clock are the agency's.
    Application direct = app("(602) 555-0143", "203.0.113.9", 540, null, "jon@gmail.com");
    Application filed = new Application(direct.id(), direct.time(), direct.position(), direct.candidate(), direct.ip(),
        direct.userAgent(), direct.deviceId(), direct.clientUtcOffsetMin(), direct.resumeText(), direct.education(),
        direct.employers(), direct.photoPhash(), new Application.Source("agency", "StaffPro LLC", null));
    assertThat(screening.screen(direct)).isNotEmpty();
    assertThat(screening.screen(filed)).isEmpty();
  }

  @Test void watchlisted_front_company_and_domain_match_with_their_source() {
    List<Finding> f = screening.screen(app("(602) 555-0143", "198.51.100.7", -420, "Yanbian Silverstar Network Technology", "jm@mail.silverstar.example"));
    assertThat(f).extracting(Finding::detector).containsOnly(ApplicationScreening.WATCHLIST);
    assertThat(f).hasSize(2);
    assertThat(f.get(0).explanation()).contains("DOJ release 2024-12-12");
    assertThat(f.get(1).title()).contains("silverstar.example");
  }
}
