package io.daylight.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.intel.IpIntel;
import io.daylight.store.EventStore;
import io.daylight.store.StoreException;
import io.daylight.store.StoredEvent;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the case page draws besides the findings: who the subject says they are and where, where
 * their addresses locate, when they are active against the declared place's daylight, and for an
 * applicant ring the identifiers its members share.
 */
public final class Profiles {
  /** Policy bound on one page's work: the charts read at most the subject's newest 20,000 events. */
  static final int MAX_EVENTS = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DataSource dataSource;
  private final EventStore events;
  private final IpIntel ip;

  public Profiles(DataSource dataSource, EventStore events, IpIntel ip) {
    this.dataSource = dataSource;
    this.events = events;
    this.ip = ip;
  }

  public ObjectNode profile(SubjectKind kind, String subject, List<Finding> findings) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("subject", subject).put("kind", kind.wire());
    if (kind == SubjectKind.APPLICANT) {
      o.set("ring", ring(findings));
    } else {
      worker(o, subject);
    }
    o.set("feasible_regions", regions(findings));
    o.set("operator_rings", operatorRings(findings));
    return o;
  }

  /** The operator-distance findings' range: the person typing is between min and max km from the laptop. */
  private ArrayNode operatorRings(List<Finding> findings) {
    ArrayNode out = JSON.createArrayNode();
    for (Finding f : findings) {
      Double min = null, max = null, likely = null;
      for (Evidence e : f.evidence()) {
        if (e.name().equals("operator_min_km")) min = parse(e.value());
        if (e.name().equals("operator_max_km")) max = parse(e.value());
        if (e.name().equals("operator_likely_km")) likely = parse(e.value());
      }
      if (min == null || max == null) continue;
      ObjectNode r = out.addObject();
      r.put("min_km", min);
      r.put("max_km", max);
      if (likely != null) r.put("likely_km", likely);
      r.put("finding", f.uid());
    }
    return out;
  }

  private void worker(ObjectNode o, String subject) throws IOException {
    JsonNode person = null;
    Map<String, Integer> ips = new LinkedHashMap<>();
    List<Long> times = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT type, raw, (extract(epoch FROM time) * 1000)::bigint FROM events WHERE subject = ? ORDER BY time DESC LIMIT ?")) {
      ps.setString(1, subject);
      ps.setInt(2, MAX_EVENTS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(1);
          if ("worker".equals(type)) {
            if (person == null) person = JSON.readTree(rs.getString(2));
            continue;
          }
          times.add(rs.getLong(3));
          if ("auth".equals(type)) {
            JsonNode e = JSON.readTree(rs.getString(2));
            if (e.hasNonNull("src_ip")) ips.merge(e.get("src_ip").asText(), 1, Integer::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the subject's events", e);
    }
    ObjectNode p = o.putObject("person");
    ZoneId zone = ZoneId.of("UTC");
    double lat = Double.NaN;
    double lon = Double.NaN;
    if (person != null) {
      // Name, e-mail and phone are direct identifiers: a worker's case shows them only after an
      // audited re-identification (POST /v1/cases/{subject}/identity), never with the profile.
      for (String f : new String[] {"declared_tz", "hired"}) {
        if (person.hasNonNull(f)) p.put(f, person.get(f).asText());
      }
      p.put("pseudonymous", true);
      JsonNode loc = person.get("declared_location");
      if (loc != null && loc.isObject()) {
        p.set("declared_location", loc);
        if (loc.hasNonNull("lat") && loc.hasNonNull("lon")) {
          lat = loc.get("lat").asDouble();
          lon = loc.get("lon").asDouble();
        }
      }
      if (person.hasNonNull("declared_tz")) {
        try {
          zone = ZoneId.of(person.get("declared_tz").asText());
        } catch (java.time.DateTimeException e) {
          p.put("declared_tz_invalid", true);
        }
      }
    }
    ArrayNode arr = o.putArray("ips");
    ips.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(50).forEach(e -> {
      ObjectNode n = arr.addObject().put("ip", e.getKey()).put("count", e.getValue());
      ip.lookup(e.getKey()).ifPresent(info -> {
        if (info.country() != null) n.put("country", info.country());
        if (info.city() != null) n.put("city", info.city());
        if (!Double.isNaN(info.lat())) n.put("lat", info.lat()).put("lon", info.lon());
        if (info.asOrg() != null) n.put("as_org", info.asOrg());
        n.put("network", info.network().name().toLowerCase(java.util.Locale.ROOT));
      });
    });
    ObjectNode hours = o.putObject("hours");
    hours.put("zone", zone.getId());
    int[] byHour = new int[24];
    for (long t : times) byHour[ZonedDateTime.ofInstant(Instant.ofEpochMilli(t), zone).getHour()]++;
    ArrayNode h = hours.putArray("activity");
    for (int v : byHour) h.add(v);
    if (!Double.isNaN(lat) && !times.isEmpty()) {
      List<Long> sorted = new ArrayList<>(times);
      sorted.sort(null);
      Instant mid = Instant.ofEpochMilli(sorted.get(sorted.size() / 2));
      SunTimes.Day d = SunTimes.on(lat, lon, mid, zone);
      hours.put("date", d.date().toString());
      if (d.sunriseLocalHour() != null) {
        hours.put("sunrise", d.sunriseLocalHour()).put("sunset", d.sunsetLocalHour());
      } else {
        hours.put("polar", d.polarDay() ? "day" : "night");
      }
    }
  }

  /** Landmark circles from location findings: the endpoint is within max km of the landmark. */
  private ArrayNode regions(List<Finding> findings) {
    ArrayNode out = JSON.createArrayNode();
    for (Finding f : findings) {
      String landmark = null;
      Double km = null;
      for (Evidence e : f.evidence()) {
        if (e.name().equals("landmark")) landmark = e.value();
        if (e.name().equals("endpoint_max_km_from_landmark")) km = parse(e.value());
      }
      if (landmark == null || km == null) continue;
      for (StoredEvent se : events.byIds(f.eventIds())) {
        try {
          JsonNode lm = JSON.readTree(se.rawJson()).get("landmark");
          if (lm != null && landmark.equals(lm.path("id").asText()) && lm.hasNonNull("lat")) {
            out.addObject().put("finding", f.uid()).put("landmark", landmark).put("lat", lm.get("lat").asDouble())
                .put("lon", lm.get("lon").asDouble()).put("max_km", km);
            break;
          }
        } catch (IOException e) {
          throw new IllegalStateException("stored event is not JSON: " + se.id(), e);
        }
      }
    }
    return out;
  }

  private static Double parse(String v) {
    try {
      return Double.parseDouble(v.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Members of an applicant ring and the identifiers two or more of them share (e-mail, phone,
   * address, device, IP, payout account), read from their application events.
   */
  private ArrayNode ring(List<Finding> findings) throws IOException {
    List<String> members = new ArrayList<>();
    for (Finding f : findings) for (String m : f.members()) if (!members.contains(m)) members.add(m);
    ArrayNode out = JSON.createArrayNode();
    for (StoredEvent se : events.byIds(members)) {
      JsonNode e = JSON.readTree(se.rawJson());
      ObjectNode n = out.addObject().put("id", se.id());
      JsonNode cand = e.path("candidate");
      if (cand.hasNonNull("name")) n.put("name", cand.get("name").asText());
      ObjectNode ids = n.putObject("identifiers");
      for (String f : new String[] {"email", "phone", "address"}) {
        if (cand.hasNonNull(f)) ids.put(f, cand.get(f).isTextual() ? cand.get(f).asText() : cand.get(f).toString());
      }
      for (String f : new String[] {"ip", "device_id"}) if (e.hasNonNull(f)) ids.put(f, e.get(f).asText());
    }
    return out;
  }
}
