package io.daylight.adapters.greenhouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.Leftovers;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.RecordImporter;
import io.daylight.adapters.Unconvertible;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greenhouse Harvest API candidate objects ({@code GET /v1/candidates}: a JSON array; or NDJSON,
 * or one candidate) → one {@code application} per entry of the candidate's {@code applications}.
 * Names from the Harvest candidate and application objects: {@code first_name},
 * {@code last_name}, {@code email_addresses[]}, {@code phone_numbers[]}, {@code addresses[]},
 * {@code website_addresses[]}, {@code social_media_addresses[]}, {@code educations[]},
 * {@code employments[]}; per application {@code id}, {@code applied_at}, {@code jobs[].name},
 * {@code location.address}, {@code source.public_name}, {@code credited_to}.
 *
 * <p>Greenhouse does not say inline whether a source is a staffing agency: list the agency
 * sources' public names in the mapping file under {@code greenhouse.agency_sources}. Attachments
 * (time-limited signed URLs) are dropped; everything else unmapped stays under
 * {@code extra.greenhouse}.
 */
public final class GreenhouseImporter extends RecordImporter {
  /** "21 Jump Street, New York, NY 10003": street, city, state and ZIP, as Harvest's examples write a US address. */
  private static final Pattern US_ADDRESS = Pattern.compile("^(.+?),\\s*([^,]+),\\s*([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
  private final Set<String> agencySources = new HashSet<>();

  public GreenhouseImporter(Mapping mapping) {
    super(null);
    for (JsonNode s : mapping.root().path("greenhouse").path("agency_sources")) agencySources.add(s.asText().toLowerCase(Locale.ROOT));
  }

  @Override public String format() { return "greenhouse"; }

  @Override
  protected List<ObjectNode> convert(JsonNode c) throws Unconvertible {
    if (!c.has("first_name") && !c.has("last_name")) throw Unconvertible.reject("not a Harvest candidate object (no first_name/last_name)");
    JsonNode apps = c.path("applications");
    if (!apps.isArray() || apps.isEmpty()) throw Unconvertible.reject("candidate has no applications (export candidates with their applications)");
    ObjectNode candidate = candidate(c);
    ArrayNode education = education(c.path("educations"));
    ArrayNode employers = employers(c.path("employments"));
    ObjectNode candidateLeft = Leftovers.of(c, "first_name", "last_name", "email_addresses", "phone_numbers",
        "addresses", "website_addresses", "social_media_addresses", "educations", "employments", "applications", "attachments");
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode a : apps) {
      String id = Contract.text(a.path("id"));
      if (id == null) throw Unconvertible.reject("an application has no id");
      Instant time = Contract.instant(Contract.text(a.path("applied_at")), "applications[].applied_at");
      ObjectNode e = Contract.event("application", "greenhouse:" + id, time, null);
      Contract.put(e, "position", Contract.text(a.path("jobs").path(0).path("name")));
      ObjectNode cand = candidate.deepCopy();
      ObjectNode loc = location(Contract.text(a.path("location").path("address")));
      if (loc != null) cand.set("location", loc);
      e.set("candidate", cand);
      if (!education.isEmpty()) e.set("education", education);
      if (!employers.isEmpty()) e.set("employers", employers);
      ObjectNode src = source(a);
      if (src != null) e.set("source", src);
      ObjectNode left = Contract.JSON.createObjectNode();
      if (!candidateLeft.isEmpty()) left.set("candidate", candidateLeft);
      ObjectNode appLeft = Leftovers.of(a, "id", "applied_at", "attachments");
      if (!appLeft.isEmpty()) left.set("application", appLeft);
      Leftovers.attach(e, "greenhouse", left);
      out.add(e);
    }
    return out;
  }

  private static ObjectNode candidate(JsonNode c) {
    ObjectNode cand = Contract.JSON.createObjectNode();
    String name = (nz(Contract.text(c.path("first_name"))) + " " + nz(Contract.text(c.path("last_name")))).trim();
    Contract.put(cand, "name", name);
    Contract.put(cand, "email", preferred(c.path("email_addresses"), "personal"));
    Contract.put(cand, "phone", preferred(c.path("phone_numbers"), "mobile"));
    ObjectNode address = address(preferred(c.path("addresses"), "home"));
    if (address != null) cand.set("address", address);
    ArrayNode links = Contract.JSON.createArrayNode();
    for (JsonNode w : c.path("website_addresses")) if (Contract.text(w.path("value")) != null) links.add(w.path("value").asText());
    for (JsonNode w : c.path("social_media_addresses")) if (Contract.text(w.path("value")) != null) links.add(w.path("value").asText());
    if (!links.isEmpty()) cand.set("links", links);
    return cand;
  }

  /** The first value of the preferred type, else the first value. */
  static String preferred(JsonNode values, String type) {
    for (JsonNode v : values) if (type.equals(v.path("type").asText()) && Contract.text(v.path("value")) != null) return v.path("value").asText();
    for (JsonNode v : values) if (Contract.text(v.path("value")) != null) return v.path("value").asText();
    return null;
  }

  /** Harvest addresses are free text: split the US form, else keep the whole text as line1. */
  static ObjectNode address(String text) {
    if (text == null) return null;
    ObjectNode a = Contract.JSON.createObjectNode();
    Matcher m = US_ADDRESS.matcher(text.trim());
    if (m.matches()) {
      a.put("line1", m.group(1).trim());
      a.put("city", m.group(2).trim());
      a.put("region", m.group(3));
      a.put("postal", m.group(4));
      a.put("country", "US");
    } else {
      a.put("line1", text.trim());
    }
    return a;
  }

  /** "Phoenix, AZ" or "Phoenix, Arizona, United States": city, region and, when recognisable, an ISO country code. */
  static ObjectNode location(String text) {
    if (text == null) return null;
    String[] parts = text.split(",");
    ObjectNode l = Contract.JSON.createObjectNode();
    Contract.put(l, "city", parts[0].trim());
    if (parts.length > 1) Contract.put(l, "region", parts[1].trim());
    if (parts.length > 2) Contract.put(l, "country", country(parts[parts.length - 1].trim()));
    return l;
  }

  static String country(String s) {
    if (s.matches("[A-Za-z]{2}")) return s.toUpperCase(Locale.ROOT);
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "usa", "united states", "united states of america" -> "US";
      default -> null;
    };
  }

  private static ArrayNode education(JsonNode educations) {
    ArrayNode out = Contract.JSON.createArrayNode();
    for (JsonNode ed : educations) {
      ObjectNode o = out.addObject();
      Contract.put(o, "institution", Contract.text(ed.path("school_name")));
      Contract.put(o, "degree", join(Contract.text(ed.path("degree")), Contract.text(ed.path("discipline"))));
      String end = Contract.text(ed.path("end_date"));
      if (end != null && end.matches("\\d{4}.*")) o.put("end_year", Integer.parseInt(end.substring(0, 4)));
    }
    return out;
  }

  private static ArrayNode employers(JsonNode employments) {
    ArrayNode out = Contract.JSON.createArrayNode();
    for (JsonNode em : employments) {
      ObjectNode o = out.addObject();
      Contract.put(o, "name", Contract.text(em.path("company_name")));
      Contract.put(o, "title", Contract.text(em.path("title")));
      Contract.put(o, "start", month(Contract.text(em.path("start_date"))));
      Contract.put(o, "end", month(Contract.text(em.path("end_date"))));
    }
    return out;
  }

  /** Harvest dates are ISO timestamps ("2012-08-15T00:00:00.000Z"); the contract keeps "YYYY-MM". */
  static String month(String date) {
    return date != null && date.matches("\\d{4}-\\d{2}.*") ? date.substring(0, 7) : date;
  }

  private ObjectNode source(JsonNode a) {
    String name = Contract.text(a.path("source").path("public_name"));
    if (name == null) return null;
    ObjectNode s = Contract.JSON.createObjectNode();
    if (agencySources.contains(name.toLowerCase(Locale.ROOT))) {
      s.put("channel", "agency");
      s.put("agency", name);
    } else {
      s.put("channel", name);
    }
    // A referral credits the referring employee; Harvest gives their employee id when HR set one.
    if (name.toLowerCase(Locale.ROOT).contains("referral")) Contract.put(s, "referrer", Contract.text(a.path("credited_to").path("employee_id")));
    return s;
  }

  private static String join(String a, String b) {
    if (a == null) return b;
    return b == null ? a : a + " " + b;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
