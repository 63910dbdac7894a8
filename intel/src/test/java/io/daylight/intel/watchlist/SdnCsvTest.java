package io.daylight.intel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.context.DeploymentContext.WatchlistEntry;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Application;
import io.daylight.core.event.Place;
import io.daylight.core.identity.ApplicationScreening;
import io.daylight.core.identity.PhoneIntel;
import io.daylight.core.intel.IpIntel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdnCsvTest {

  private static Reader resource(String name) {
    return new InputStreamReader(SdnCsvTest.class.getResourceAsStream("/sdn/" + name), StandardCharsets.UTF_8);
  }

  private static List<SdnCsv.Entry> load() throws IOException {
    return SdnCsv.read(resource("sdn.csv"), resource("add.csv"), resource("alt.csv"));
  }

  @Test void joins_names_aliases_and_address_countries_on_ent_num() throws IOException {
    List<SdnCsv.Entry> entries = load();
    assertThat(entries).extracting(SdnCsv.Entry::entNum).containsExactly(36001L, 36002L, 36003L);
    SdnCsv.Entry chinyong = entries.get(0);
    assertThat(chinyong.name()).isEqualTo("CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY");
    assertThat(chinyong.type()).isNull();
    assertThat(chinyong.individual()).isFalse();
    assertThat(chinyong.aliases()).containsExactly("JINYONG IT COOPERATION COMPANY");
    assertThat(chinyong.countries()).containsExactly("Korea, North", "Russia");
    assertThat(entries.get(1).individual()).isTrue();
    assertThat(entries.get(1).aliases()).containsExactly("KIM, Sang-man");
    assertThat(entries.get(2).name()).isEqualTo("SILVERSTAR NETWORK TECHNOLOGY, LTD.");
    assertThat(entries.get(2).remarks()).isNull();
  }

  @Test void becomes_person_and_entity_watchlist_entries_with_their_source() throws IOException {
    List<WatchlistEntry> list = SdnCsv.toWatchlist(load(), "2026-03-01");
    assertThat(list).hasSize(5);
    assertThat(list).filteredOn(e -> e.kind().equals("person")).extracting(WatchlistEntry::value)
        .containsExactly("KIM, Sang Man", "KIM, Sang-man");
    assertThat(list.get(0).source()).isEqualTo("OFAC SDN ent_num 36001 [DPRK3] Korea, North/Russia");
  }

  @Test void an_employer_written_differently_still_matches_the_entity_and_an_honest_one_does_not() throws IOException {
    DeploymentContext ctx = new DeploymentContext(null, null, null, SdnCsv.toWatchlist(load(), "2026-03-01"));
    ApplicationScreening screening = new ApplicationScreening(PhoneIntel.DIGITS_ONLY, ip -> Optional.<IpIntel.IpInfo>empty(),
        (c, r, co) -> Optional.empty(), ctx);
    List<Finding> hit = screening.screen(app("app-1", "Silverstar Network Technology Ltd"));
    List<Finding> honest = screening.screen(app("app-2", "Silverline Networks Inc"));
    assertThat(hit).extracting(Finding::detector).containsExactly(ApplicationScreening.WATCHLIST);
    assertThat(hit.get(0).explanation()).contains("OFAC SDN ent_num 36003");
    assertThat(honest).isEmpty();
  }

  private static Application app(String id, String employer) {
    Application.Candidate c = new Application.Candidate("Jordan Avery", "j.avery@example.org", null,
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), List.of(), null, null, null);
    return new Application(id, 0, "Engineer", c, null, null, null, null, null, List.of(),
        List.of(new Application.Employer(employer, "CN", "Developer", "2019-01", "2023-01")), null, null);
  }
}
