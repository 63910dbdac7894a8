package io.daylight.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer key: for every worker, the scheme (if any) and benign look-alike labels, and where
 * the device, the human and the network exit truly were; for every labelled application, its
 * labels. Written for evaluation and benchmarks only; no detector may read it.
 */
final class Truth {
  private Truth() {}

  static Map<String, Object> of(long seed, int days, Population pop, Applicants apps) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", "io.daylight.demo.DemoOrganisation");
    root.put("seed", seed);
    root.put("start", DemoOrganisation.START.toString());
    root.put("days", days);
    root.put("note", "Answer key for evaluation. Detectors must never read this file.");
    Map<String, Object> subjects = new LinkedHashMap<>();
    for (Person p : pop.people) subjects.put(p.id, subject(p, days));
    root.put("subjects", subjects);
    Map<String, Object> labelled = new LinkedHashMap<>();
    apps.labels.forEach((id, l) -> labelled.put(id, Map.of("labels", List.copyOf(l))));
    root.put("applications", labelled);
    root.put("unlabelled_applications_are", "honest");
    return root;
  }

  private static Map<String, Object> point(String city, String country, LatLon at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("city", city);
    m.put("country", country);
    m.put("lat", at.lat());
    m.put("lon", at.lon());
    return m;
  }

  private static Map<String, Object> subject(Person p, int days) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("scheme", p.scheme);
    s.put("labels", List.copyOf(p.labels));
    s.put("declared", point(p.declared.city(), p.declared.country(), p.declared.at()));
    s.put("device", point(p.household.place().city(), p.household.place().country(), p.household.at()));
    Place humanPlace = p.operator != null ? p.operator.operator() : p.household.place();
    s.put("human", point(humanPlace.city(), humanPlace.country(), p.operator != null ? humanPlace.at() : p.household.at()));
    if (p.operator != null) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("kind", p.operator.kind().name().toLowerCase(java.util.Locale.ROOT));
      op.put("tool", p.operator.tool());
      s.put("remote_operation", op);
    }
    if (p.tunnel != Person.Tunnel.NONE) {
      Map<String, Object> e = point(p.tunnelExit.city(), p.tunnelExit.country(), p.tunnelExit.at());
      e.put("kind", p.tunnel.name().toLowerCase(java.util.Locale.ROOT));
      e.put("cidr", p.tunnelExit.cidr());
      s.put("egress", e);
    }
    if (p.satellite != Person.Satellite.NONE) {
      Map<String, Object> g = point(p.household.prefix().city(), p.household.prefix().country(), p.household.prefix().at());
      g.put("kind", p.satellite.name().toLowerCase(java.util.Locale.ROOT));
      s.put("satellite_gateway", g);
    }
    s.put("hire_day", p.hireDay);
    List<Object> away = new ArrayList<>();
    if (p.trip != null) {
      Map<String, Object> t = point(p.trip.place().city(), p.trip.place().country(), p.trip.place().at());
      t.put("kind", "trip");
      t.put("first_day", p.trip.startDay());
      t.put("last_day", p.trip.endDay());
      away.add(t);
    }
    if (p.consumerVpnDay >= 0) {
      IpPrefix v = IpPrefix.byId("vpn-nyc");
      Map<String, Object> t = point(v.city(), v.country(), v.at());
      t.put("kind", "consumer_vpn");
      t.put("first_day", p.consumerVpnDay);
      t.put("last_day", p.consumerVpnDay);
      away.add(t);
    }
    s.put("episodes", away);
    s.put("support_session_days", List.copyOf(p.supportDays));
    return s;
  }
}
