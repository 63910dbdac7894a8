package io.daylight.population;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A small workforce's hand-off for the applications side's tests: 40 hires, nine of them run by schemes. */
final class HireFixture {
  private HireFixture() {}

  static List<Hire> hires() {
    SplittableRandom r = new SplittableRandom(42);
    Phones phones = new Phones();
    EmailStyles emails = new EmailStyles();
    List<Hire> out = new ArrayList<>();
    String[][] schemes = {
        {"laptop_farm", "obvious", "crew-lf1"}, {"laptop_farm", "obvious", "crew-lf1"},
        {"laptop_farm", "subtle", "crew-lf2"}, {"vpn_worker", "moderate", "crew-vw1"}, {"vpn_worker", "subtle", "crew-vw2"},
        {"payroll_diversion", "moderate", "crew-pd1"}, {"applicant_ring", "moderate", "crew-r1"},
        {"applicant_ring", "moderate", "crew-r1"}, {"applicant_ring", "subtle", "crew-r2"}};
    for (int i = 0; i < 40; i++) {
      Place p = Place.us(r);
      Names.Name n = Names.us(r);
      String[] s = i < schemes.length ? schemes[i] : null;
      String agency = i == 3 || (i >= 12 && i % 7 == 0) ? Applications.AGENCIES.get(i % 3) : null;
      int hireDay = -200 + r.nextInt(260);
      out.add(new Hire(String.format("w-%04d", i + 1), String.format("app-h%04d", i + 1), hireDay - 20 - r.nextInt(20),
          hireDay, n.full(), emails.personal(n, "US", r), phones.mobile(p, r), p.city(), p.region(), p.country(), p.lat(),
          p.lon(), p.zone(), i % 2 == 0 ? List.of("https://github.com/fixture-" + i) : List.of(), agency,
          s == null ? null : s[0], s == null ? null : s[1], s == null ? null : s[2]));
    }
    return out;
  }
}
