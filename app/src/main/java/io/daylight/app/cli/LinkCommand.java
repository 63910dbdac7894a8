package io.daylight.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.IdentityLinker;
import io.daylight.core.identity.LinkResult;
import io.daylight.intel.phone.LibPhoneIntel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code daylight link FILE... --out clusters.json}: the identity clusters of the applications and
 * workers in the files, for de-duplicating an ATS and for measuring the linker.
 * Output: {@code [{"cluster":id,"members":[ids],"edges":[{"a":id,"b":id,"reason":…,"weight":…}]}]},
 * singletons omitted. Exit 0 when it ran, 2 on unreadable files.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = "Link applications and workers into identity clusters and write them as JSON.")
public final class LinkCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "NDJSON files in the event contract")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write clusters.json")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    List<Event> events = new ArrayList<>();
    for (Path f : files) {
      try {
        events.addAll(ApplicantLines.read(f));
      } catch (IOException e) {
        err.println("cannot read " + f + ": " + e.getMessage());
        return 2;
      }
    }
    LinkResult result = new IdentityLinker(new LibPhoneIntel()).link(events);
    try (OutputStream o = Files.newOutputStream(out)) {
      write(result, o);
    } catch (IOException e) {
      err.println("cannot write " + out + ": " + e.getMessage());
      return 2;
    }
    LinkResult.Stats s = result.stats();
    err.printf("linked %d records into %d clusters (%d candidate pairs, %d accepted, %d oversized blocks skipped) in %d ms%n",
        s.records(), result.clusters().size(), s.candidatePairs(), s.acceptedPairs(), s.skippedBlocks(), s.millis());
    return 0;
  }

  static void write(LinkResult result, OutputStream o) throws IOException {
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(o)) {
      g.writeStartArray();
      for (LinkResult.Cluster c : result.clusters()) {
        g.writeStartObject();
        g.writeStringField("cluster", c.id());
        g.writeArrayFieldStart("members");
        for (String m : c.members()) g.writeString(m);
        g.writeEndArray();
        g.writeArrayFieldStart("edges");
        for (LinkResult.Edge e : c.edges()) {
          g.writeStartObject();
          g.writeStringField("a", e.a());
          g.writeStringField("b", e.b());
          g.writeStringField("reason", e.reason());
          g.writeNumberField("weight", e.weight());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  /**
   * Minimal reading of {@code application} and {@code worker} lines, isolated here until
   * io.daylight.ingest.NdjsonIngest lands on main: then {@link #read} becomes a call to
   * NdjsonIngest with a sink keeping Application and Worker events, and this class goes. Lines that
   * are not JSON objects of those two types are skipped (the scan command reports rejects).
   */
  static final class ApplicantLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicantLines() {}

    static List<Event> read(Path file) throws IOException {
      List<Event> events = new ArrayList<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) continue;
          JsonNode n;
          try {
            n = JSON.readTree(line);
          } catch (IOException e) {
            continue;
          }
          if (n == null || !n.isObject() || !n.hasNonNull("time")) continue;
          String type = text(n, "type");
          try {
            if ("application".equals(type) && n.hasNonNull("id")) events.add(application(n));
            else if ("worker".equals(type) && n.hasNonNull("subject")) events.add(worker(n));
          } catch (java.time.format.DateTimeParseException e) {
            // An unparseable time is a reject in the contract; the linker has no use for the line.
          }
        }
      }
      return events;
    }

    private static Application application(JsonNode n) {
      JsonNode c = n.path("candidate");
      List<String> links = new ArrayList<>();
      c.path("links").forEach(l -> links.add(l.asText()));
      Application.Candidate cand = new Application.Candidate(text(c, "name"), text(c, "email"), text(c, "phone"),
          place(c.path("location")), links, address(c.path("address")), text(c, "birth_date"), text(c, "national_id"));
      List<Application.Education> edu = new ArrayList<>();
      n.path("education").forEach(e -> edu.add(new Application.Education(text(e, "institution"), text(e, "country"),
          text(e, "degree"), e.hasNonNull("end_year") ? e.get("end_year").asInt() : null)));
      List<Application.Employer> emp = new ArrayList<>();
      n.path("employers").forEach(e -> emp.add(new Application.Employer(text(e, "name"), text(e, "country"),
          text(e, "title"), text(e, "start"), text(e, "end"))));
      JsonNode src = n.path("source");
      return new Application(text(n, "id"), time(n), text(n, "position"), cand, text(n, "ip"), text(n, "user_agent"),
          text(n, "device_id"), n.hasNonNull("client_utc_offset_min") ? n.get("client_utc_offset_min").asInt() : null,
          text(n, "resume_text"), edu, emp, text(n, "photo_phash"),
          src.isObject() ? new Application.Source(text(src, "channel"), text(src, "agency"), text(src, "referrer")) : null);
    }

    private static Worker worker(JsonNode n) {
      JsonNode p = n.path("payroll");
      String id = n.hasNonNull("id") ? text(n, "id") : text(n, "subject") + "@" + text(n, "time");
      return new Worker(id, time(n), text(n, "subject"), text(n, "name"), text(n, "email"), text(n, "phone"),
          place(n.path("declared_location")), text(n, "declared_tz"), text(n, "hired"), text(n, "application"),
          address(n.path("home_address")), null,
          p.isObject() ? new Worker.PayrollAccount(text(p, "account"), text(p, "holder"), text(p, "bank_country")) : null,
          null);
    }

    private static Place place(JsonNode p) {
      if (!p.isObject()) return null;
      return new Place(text(p, "city"), text(p, "region"), text(p, "country"),
          p.hasNonNull("lat") ? p.get("lat").asDouble() : Double.NaN, p.hasNonNull("lon") ? p.get("lon").asDouble() : Double.NaN);
    }

    private static Address address(JsonNode a) {
      if (!a.isObject()) return null;
      return new Address(text(a, "line1"), text(a, "line2"), text(a, "city"), text(a, "region"), text(a, "postal"),
          text(a, "country"));
    }

    private static long time(JsonNode n) {
      return OffsetDateTime.parse(n.get("time").asText()).toInstant().toEpochMilli();
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }
}
