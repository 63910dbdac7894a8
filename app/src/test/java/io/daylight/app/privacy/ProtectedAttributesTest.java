package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.IntelOption;
import io.daylight.app.ReferenceData;
import io.daylight.app.scan.BatchScan;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.score.Case;
import io.daylight.demo.DemoOrganisation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fairness by construction: nothing Daylight weighs may depend on nationality, ethnicity, name
 * origin or language. Metamorphic tests over the demo organisation: the same organisation with
 * those attributes changed (or added, where the contract has no field for them) must give every
 * detector and the scorer the same findings, with the same likelihood ratios, and the same cases.
 * Evidence text may differ (education and employer countries are shown as context), weights not.
 */
@Tag("e2e")
class ProtectedAttributesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROTECTED = Pattern.compile(
      "(?i)(nationality|citizenship|ethnic\\w*|race|religion|languages?|locale|mother_?tongue|name_?origin|accent)");
  @TempDir static Path dir;
  static Path original;
  static ReferenceData intel;
  static Outcome baseline;

  @BeforeAll
  static void scanTheOriginal() throws IOException {
    new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).workers(80).applications(600).days(30).write(dir);
    original = dir.resolve("events.ndjson");
    intel = new IntelOption().load();
    baseline = scan(original);
    assertThat(baseline.findings).as("the scenario must have findings to compare").hasSizeGreaterThan(20);
  }

  /** {@code Application.candidate.nationalId} is a keyed hash of a document number, not a nationality. */
  @Test
  void no_event_field_is_named_for_a_protected_attribute() {
    List<String> offending = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> c : Event.class.getPermittedSubclasses()) walk(c, c.getSimpleName(), seen, offending);
    assertThat(seen).as("the walk must reach the event records").hasSizeGreaterThan(8);
    assertThat(offending).isEmpty();
  }

  @Test
  void nationality_ethnicity_language_and_name_origin_fields_sent_anyway_change_no_finding() throws IOException {
    String[][] values = {{"KP", "korean", "ko", "korean"}, {"US", "white", "en", "anglo"}, {"NG", "yoruba", "yo", "yoruba"},
        {"IN", "tamil", "ta", "dravidian"}, {"UA", "ukrainian", "uk", "slavic"}};
    Path changed = transform(original, "extras", (n) -> {
      String[] v = values[Math.floorMod(n.path("id").asText().hashCode(), values.length)];
      for (ObjectNode target : targets(n)) {
        target.put("nationality", v[0]).put("ethnicity", v[1]).put("language", v[2]).put("name_origin", v[3])
            .put("citizenship", v[0]).put("accent", v[3]);
        target.putArray("languages").add(v[2]);
      }
      return n;
    });
    assertThat(scan(changed)).isEqualTo(baseline);
  }

  @Test
  void education_and_employer_countries_are_shown_but_never_weighed() throws IOException {
    String[] countries = {"KP", "US", "CN", "DE", "IN", "NG", "RU", "BR", "PH", "MY"};
    int[] rewritten = {0};
    Path changed = transform(original, "countries", n -> {
      if (!"application".equals(n.path("type").asText())) return n;
      for (String list : new String[] {"education", "employers"}) {
        for (JsonNode e : n.path(list)) {
          String was = e.path("country").asText("");
          String now = countries[Math.floorMod((was + n.path("id").asText()).hashCode(), countries.length)];
          if (now.equals(was)) now = countries[(java.util.Arrays.asList(countries).indexOf(now) + 1) % countries.length];
          ((ObjectNode) e).put("country", now);
          rewritten[0]++;
        }
      }
      return n;
    });
    assertThat(rewritten[0]).as("the scenario must carry education and employer countries").isGreaterThan(100);
    assertThat(scan(changed)).isEqualTo(baseline);
  }

  /**
   * Every person not linked by name to anyone else (the ring members and namesakes are linked,
   * and a new name would rightly break that link) gets a name of another origin, the same name in
   * every record that names them (application, roster, payroll holder).
   */
  @Test
  void names_of_another_origin_change_no_finding() throws IOException {
    Set<String> linked = new HashSet<>();
    for (Finding f : baseline.raw) if (f.members().size() > 1) linked.addAll(f.members());
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Set<String>> ownersByName = new HashMap<>();
    forEachLine(original, n -> {
      String owner = owner(n);
      for (String name : names(n)) {
        uses.merge(key(name), 1, Integer::sum);
        ownersByName.computeIfAbsent(key(name), k -> new TreeSet<>()).add(owner);
      }
    });
    Map<String, String> rename = new HashMap<>();
    String[][] given = {{"Ji-ho", "Min-jun", "Seo-yeon"}, {"Chukwuemeka", "Ngozi", "Oluwaseun"}, {"Wojciech", "Agnieszka", "Grzegorz"},
        {"Thi Lan", "Van Minh", "Thu Trang"}, {"Abdelrahman", "Yasmin", "Khalid"}, {"Siddharth", "Lakshmi", "Venkatesh"}};
    String[][] family = {{"Pak", "Rhee", "Gwon"}, {"Okonkwo", "Adeyemi", "Eze"}, {"Brzezinski", "Wojcik", "Szymanska"},
        {"Nguyen", "Tran", "Pham"}, {"Haddad", "Mansour", "Khoury"}, {"Raghunathan", "Iyer", "Subramanian"}};
    int[] next = {0};
    for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(ownersByName).entrySet()) {
      boolean unlinked = e.getValue().stream().noneMatch(linked::contains);
      // The worker's roster and their own application name them twice; more is a namesake.
      if (!unlinked || uses.get(e.getKey()) > 3) continue;
      int i = next[0]++;
      int origin = i % given.length;
      rename.put(e.getKey(), given[origin][(i / given.length) % 3] + " " + family[origin][(i / (3 * given.length)) % 3]
          + " " + Integer.toString(i, 36));
    }
    assertThat(rename).as("most people must be renamed").hasSizeGreaterThan(300);
    Path changed = transform(original, "names", n -> {
      for (ObjectNode holder : nameHolders(n)) {
        String renamed = rename.get(key(holder.get(nameField(holder)).asText()));
        if (renamed != null) holder.put(nameField(holder), renamed);
      }
      return n;
    });
    assertThat(scan(changed)).isEqualTo(baseline);
  }

  /** What must not move: each finding's weight and what it is about, and each case's score. */
  record Outcome(Set<String> findings, Set<String> cases, List<Finding> raw) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Outcome other && findings.equals(other.findings) && cases.equals(other.cases);
    }

    @Override
    public int hashCode() {
      return findings.hashCode() * 31 + cases.hashCode();
    }

    @Override
    public String toString() {
      return findings.size() + " findings, " + cases.size() + " cases";
    }
  }

  static Outcome scan(Path events) throws IOException {
    BatchScan.Result r = DemoScan.run(dir, intel, events);
    Set<String> findings = new TreeSet<>();
    for (Finding f : r.findings()) {
      findings.add(String.join(" ", f.uid(), f.detector(), f.subject(), f.kind().wire(), Long.toString(f.time()),
          Double.toString(f.likelihoodRatio()), f.dependencyGroup(), f.members().toString(), f.eventIds().toString()));
    }
    Set<String> cases = new TreeSet<>();
    for (Case c : r.cases()) {
      cases.add(c.kind().wire() + " " + c.subject() + " " + c.score() + " " + c.level() + " " + c.members() + " " + c.findings());
    }
    return new Outcome(findings, cases, r.findings());
  }

  private static void walk(Class<?> type, String path, Set<Class<?>> seen, List<String> offending) {
    if (!type.isRecord() || !seen.add(type)) return;
    for (RecordComponent rc : type.getRecordComponents()) {
      String p = path + "." + rc.getName();
      if (PROTECTED.matcher(rc.getName()).matches()) offending.add(p);
      walk(rc.getType(), p, seen, offending);
      if (rc.getGenericType() instanceof java.lang.reflect.ParameterizedType pt) {
        for (java.lang.reflect.Type arg : pt.getActualTypeArguments()) {
          if (arg instanceof Class<?> c) walk(c, p + "[]", seen, offending);
        }
      }
    }
  }

  private static List<ObjectNode> targets(JsonNode n) {
    List<ObjectNode> out = new ArrayList<>(List.of((ObjectNode) n));
    if (n.get("candidate") instanceof ObjectNode c) out.add(c);
    return out;
  }

  private static String owner(JsonNode n) {
    return n.has("subject") ? n.get("subject").asText() : n.path("id").asText();
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static String nameField(ObjectNode holder) {
    return holder.has("holder") ? "holder" : "name";
  }

  /** The objects in a line that carry a person's name: candidate, roster entry, payroll holder. */
  private static List<ObjectNode> nameHolders(JsonNode n) {
    List<ObjectNode> out = new ArrayList<>();
    String type = n.path("type").asText();
    if (type.equals("application") && n.get("candidate") instanceof ObjectNode c && c.hasNonNull("name")) out.add(c);
    if (type.equals("worker") && n.hasNonNull("name")) out.add((ObjectNode) n);
    if (type.equals("worker") && n.get("payroll") instanceof ObjectNode p && p.hasNonNull("holder")) out.add(p);
    if (type.equals("payroll") && n.hasNonNull("holder")) out.add((ObjectNode) n);
    return out;
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (ObjectNode h : nameHolders(n)) out.add(h.get(nameField(h)).asText());
    return out;
  }

  private interface LineConsumer {
    void accept(JsonNode n) throws IOException;
  }

  private static void forEachLine(Path file, LineConsumer c) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (!line.isBlank()) c.accept(JSON.readTree(line));
      }
    }
  }

  private static Path transform(Path file, String name, UnaryOperator<JsonNode> change) throws IOException {
    Path out = dir.resolve(name + ".ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      forEachLine(file, n -> {
        w.write(JSON.writeValueAsString(change.apply(n)));
        w.write('\n');
      });
    }
    return out;
  }
}
