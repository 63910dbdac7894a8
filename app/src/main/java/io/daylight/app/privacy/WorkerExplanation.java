package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.EventType;
import io.daylight.store.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The explanation an analyst gives a worker when asking them to verify a case (GDPR Art. 13–15,
 * Art. 22): what was observed about them, from which data, how long it is kept, that a person
 * decides, and how to respond or contest. A pure function of the case's findings and a few
 * settings, so the same case always reads the same.
 *
 * <p>What it leaves out, and why: findings an analyst suppressed as benign (they no longer count);
 * findings about anyone but this worker (a farm or shared-account finding is stored per member,
 * and only this member's own findings are read); every detector threshold, likelihood ratio and
 * score (analyst information, and thresholds help a scheme stay under them); every name, id or
 * address from a finding (see {@link WorkerObservations}).
 *
 * @param subject the worker id (for the analyst and the JSON; the text itself does not use it)
 * @param observations one per kind of observation, in {@link WorkerObservations#detectors()} order
 * @param dataUsed the categories of data those observations read, in the worker's words
 */
public record WorkerExplanation(String subject, String heading, String introduction, List<Observation> observations,
                                List<String> dataUsed, String retention, String decision, String howToRespond,
                                String contact) {
  /** Where the explanation sends the worker when the deploying organisation named no contact. */
  public static final String DEFAULT_CONTACT = "your HR or privacy contact";
  /** The environment variable serve reads the organisation's contact line from. */
  public static final String CONTACT_ENV = "DAYLIGHT_PRIVACY_CONTACT";

  /** One kind of observation, as told to the worker. */
  public record Observation(String detector, String heading, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public WorkerExplanation {
    observations = List.copyOf(observations);
    dataUsed = List.copyOf(dataUsed);
  }

  /**
   * @param findings the case's stored findings; only this worker's own, unsuppressed ones are used
   * @param suppressed whether an analyst's benign decision covers a finding
   * @param contact who to write to (blank: {@link #DEFAULT_CONTACT})
   */
  public static WorkerExplanation of(String subject, List<Finding> findings, Predicate<Finding> suppressed,
                                     RetentionPolicy retention, String contact) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(retention, "retention");
    String to = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
    // Grouped by detector in the catalogue's order; a detector the catalogue does not know sorts last.
    Map<Integer, List<Finding>> byTopic = new TreeMap<>();
    List<String> order = WorkerObservations.detectors();
    // In event-time order, so a paragraph tells its variants as they happened, whatever order the store used.
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid));
    for (Finding f : sorted) {
      if (f.kind() != SubjectKind.WORKER || !f.subject().equals(subject) || suppressed.test(f)) continue;
      int i = order.indexOf(f.detector());
      byTopic.computeIfAbsent(i < 0 ? Integer.MAX_VALUE : i, k -> new ArrayList<>()).add(f);
    }
    List<Observation> observations = new ArrayList<>();
    Set<EventType> data = EnumSet.noneOf(EventType.class);
    List<Finding> unknown = byTopic.getOrDefault(Integer.MAX_VALUE, List.of());
    byTopic.forEach((i, list) -> {
      if (i == Integer.MAX_VALUE) return;
      WorkerObservations.Topic t = WorkerObservations.topic(order.get(i)).orElseThrow();
      Map<String, Finding> speaking = new LinkedHashMap<>();
      for (Finding f : list) speaking.merge(t.variant().apply(f), f, (a, b) -> b.members().size() > a.members().size() ? b : a);
      Set<String> sentences = new LinkedHashSet<>();
      for (Finding f : speaking.values()) sentences.add(t.sentence().apply(f));
      if (t.note() != null) sentences.add(t.note());
      observations.add(new Observation(order.get(i), t.heading(), String.join(" ", sentences)));
      data.addAll(t.data());
    });
    if (!unknown.isEmpty()) {
      // A detector added without a worker-facing sentence (WorkerExplanationTest fails first): say that
      // something was observed without guessing what, and let the analyst explain it in person.
      observations.add(new Observation("other", "Other observations",
          "Another automated check raised an observation about your account. The analyst reviewing your case will "
              + "explain it to you."));
    }
    List<String> dataUsed = new ArrayList<>();
    for (EventType type : data) dataUsed.add(WorkerObservations.describe(type));
    return new WorkerExplanation(subject, "What we observed, and what happens next", introduction(observations),
        observations, dataUsed, retentionText(retention, !observations.isEmpty()), DECISION, howToRespond(to), to);
  }

  private static String introduction(List<Observation> observations) {
    String start = "We use Daylight, a tool that looks for signs that a company account or device is being used by "
        + "someone other than the person we hired, or from somewhere other than the place they told us. ";
    if (observations.isEmpty()) {
      return start + "No observation about you is currently open: any that were raised have been reviewed and "
          + "set aside.";
    }
    return start + "It raised the observations below about your account. An analyst on our review team is looking "
        + "into them and would like your help to understand them. They are not an accusation: many ordinary "
        + "situations produce them, and nothing has been decided.";
  }

  private static final String DECISION = "No decision about you has been made automatically, and none will be. "
      + "Daylight only points out observations and never acts on them. An analyst (a person on our review team) "
      + "reviews every case, must consider what you tell us, and must record the reason for any decision "
      + "(GDPR Art. 22).";

  private static String howToRespond(String contact) {
    return "If something explains these observations, please tell us: for example travel, a VPN or remote-access "
        + "tool the company approved, a shared home or internet connection, a replacement laptop, or a change of "
        + "bank. You may also contest them: tell us what you believe is wrong, and the analyst must consider it "
        + "before deciding. You can ask for a copy of the data held about you (GDPR Art. 15) and for wrong data to "
        + "be corrected (Art. 16). Contact: " + contact + ".";
  }

  private static String retentionText(RetentionPolicy p, boolean listed) {
    return (listed ? "The records listed above are" : "Records about you are") + " kept for " + period(p.events()) + " from when they were recorded, and the "
        + "observations for " + period(p.findings()) + ". Once your case is closed, it is deleted "
        + period(p.closedCases()) + " after the decision. The record of who looked at your case and what they "
        + "decided is kept for " + period(p.audit()) + ". Data under a legal hold is kept until the matter ends.";
  }

  /** "90 days", "1 year", "6 years": whole years when the period is a multiple of 365 days. */
  static String period(Duration d) {
    long days = d.toDays();
    if (days >= 365 && days % 365 == 0) return days / 365 == 1 ? "1 year" : days / 365 + " years";
    if (days >= 1) return days == 1 ? "1 day" : days + " days";
    long hours = Math.max(1, d.toHours());
    return hours == 1 ? "1 hour" : hours + " hours";
  }

  /** The explanation as plain text, to hand to the worker as it is. */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(heading).append("\n\n").append(introduction).append("\n\n");
    if (!observations.isEmpty()) {
      b.append("What was observed\n\n");
      for (Observation o : observations) b.append(o.heading()).append('\n').append(o.text()).append("\n\n");
      b.append("The information these observations come from\n\n");
      for (String d : dataUsed) b.append("- ").append(d).append('\n');
      b.append('\n');
    }
    b.append("How long it is kept\n\n").append(retention).append("\n\n");
    b.append("Who decides\n\n").append(decision).append("\n\n");
    b.append("How to respond\n\n").append(howToRespond).append('\n');
    return b.toString();
  }

  /** The same, structured, with the plain text under {@code text}. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("subject", subject).put("kind", SubjectKind.WORKER.wire()).put("heading", heading)
        .put("introduction", introduction);
    var obs = o.putArray("observations");
    for (Observation x : observations) obs.addObject().put("detector", x.detector()).put("heading", x.heading())
        .put("text", x.text());
    var data = o.putArray("data_used");
    dataUsed.forEach(data::add);
    o.put("retention", retention).put("decision", decision).put("how_to_respond", howToRespond)
        .put("contact", contact).put("text", text());
    return o;
  }
}
