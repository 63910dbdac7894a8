package io.daylight.core.identity;

import io.daylight.core.address.Addresses;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One application or one hired worker, normalised for linking. Immutable; every field is "" (or 0)
 * when absent so comparisons need no null checks on the hot path.
 */
public final class IdentityRecord {
  public enum Kind { APPLICATION, WORKER }

  final String id;
  final Kind kind;
  final long time;
  final String displayName;
  /** Folded name tokens in written order. */
  final String[] nameTokens;
  final String given;
  final String surname;
  final int birthYear;
  final int birthMonth;
  final int birthDay;
  final String houseNumber;
  final String street;
  final String city;
  final String postcode;
  final String region;
  /**
   * The state (region) the person says they live in: the address's, else the declared location's.
   * Folded; "" when neither is given. Read by the reappearance rule: a hire's identity coming back
   * from another state with other contacts is not the hire moving desks.
   */
  final String declaredState;
  final String country;
  final String nationalId;
  final String email;
  final String emailDomain;
  final String phone;
  final String phoneRaw;
  final String deviceId;
  final long photoHash;
  final boolean hasPhoto;
  final String payrollAccount;
  final List<String> links;
  /** Normalised employer names from the application's work history (empty when not given). */
  final java.util.Set<String> employers;
  /** For a worker: the application that hired them, which is not a reappearance. */
  final String ownApplication;
  final ResumeSimilarity.Signature cv;
  /** Employer/date sequence ({@link RingTraces#workHistory}), "" when under two dated jobs. */
  final String workHistory;
  /** The mailbox's recipe ({@link RingTraces#emailTemplate}), "" when it is no one's in particular. */
  final String emailTemplate;
  /** The /24 (or /48) the application was filed from, "" when unknown. */
  final String network;

  private IdentityRecord(Builder b) {
    id = b.id;
    kind = b.kind;
    time = b.time;
    displayName = b.name == null ? "" : b.name.trim();
    List<String> tokens = Text.tokens(Text.fold(b.name));
    nameTokens = tokens.toArray(new String[0]);
    if (tokens.isEmpty()) {
      given = "";
      surname = "";
    } else if (tokens.size() == 1) {
      given = "";
      surname = tokens.get(0);
    } else {
      given = String.join(" ", tokens.subList(0, tokens.size() - 1));
      surname = tokens.get(tokens.size() - 1);
    }
    int[] ymd = parseDate(b.birthDate);
    birthYear = ymd[0];
    birthMonth = ymd[1];
    birthDay = ymd[2];
    Address a = b.address;
    String line = a == null ? "" : Addresses.normalise(a.line1());
    houseNumber = Addresses.houseNumber(line);
    String line2 = a == null ? "" : Addresses.normalise(a.line2());
    street = (Addresses.street(line) + " " + line2).trim();
    city = a == null ? "" : Text.fold(a.city());
    postcode = a == null ? "" : Addresses.postcode(a.postal(), a.country());
    region = a == null ? "" : Text.fold(a.region());
    declaredState = !region.isEmpty() ? region : b.declaredRegion == null ? "" : Text.fold(b.declaredRegion);
    country = b.country == null ? "" : b.country.trim().toUpperCase(Locale.ROOT);
    nationalId = b.nationalId == null ? "" : b.nationalId.trim();
    email = Emails.mailbox(b.email);
    emailDomain = Emails.domain(b.email);
    phone = b.phone == null ? "" : b.phone;
    phoneRaw = b.phoneRaw == null ? "" : b.phoneRaw;
    deviceId = b.deviceId == null ? "" : b.deviceId.trim();
    long[] ph = PhotoHash.parse(b.photoHash);
    hasPhoto = ph.length == 1;
    photoHash = hasPhoto ? ph[0] : 0;
    payrollAccount = b.payroll == null ? "" : b.payroll.trim();
    List<String> keys = new ArrayList<>();
    for (String l : b.links) ProfileLinks.key(l).ifPresent(k -> { if (!keys.contains(k)) keys.add(k); });
    links = List.copyOf(keys);
    ownApplication = b.ownApplication == null ? "" : b.ownApplication;
    java.util.Set<String> emp = new java.util.TreeSet<>();
    if (b.employers != null) for (String e : b.employers) if (e != null && !e.isBlank()) emp.add(Text.fold(e).trim());
    employers = java.util.Set.copyOf(emp);
    workHistory = RingTraces.workHistory(b.employerHistory);
    emailTemplate = RingTraces.emailTemplate(b.email, given, surname);
    network = RingTraces.network24(b.ip);
    cv = b.resumeText == null || b.resumeText.isBlank() ? null
        : ResumeSimilarity.summarise(ResumeSimilarity.strip(b.resumeText, nameTokens, b.email, b.phoneRaw, b.links));
  }

  public String id() { return id; }
  public Kind kind() { return kind; }
  public long time() { return time; }
  public String displayName() { return displayName; }

  /** The application as the linker sees it; the phone is parsed with the declared country as hint. */
  public static IdentityRecord of(Application app, PhoneIntel phones) {
    Application.Candidate c = app.candidate();
    Builder b = new Builder(app.id(), Kind.APPLICATION, app.time());
    if (c != null) {
      b.name = c.name();
      b.email = c.email();
      b.birthDate = c.birthDate();
      b.nationalId = c.nationalId();
      b.address = c.address();
      b.links = c.links();
      b.declaredRegion = c.location() != null ? c.location().region() : null;
      b.country = c.location() != null ? c.location().country()
          : c.address() != null ? c.address().country() : null;
      b.phoneRaw = c.phone();
      b.phone = phoneKey(phones, c.phone(), b.country);
    }
    b.deviceId = app.deviceId();
    b.photoHash = app.photoPhash();
    b.resumeText = app.resumeText();
    b.employers = app.employers().stream().map(Application.Employer::name).toList();
    b.employerHistory = app.employers();
    b.ip = app.ip();
    return new IdentityRecord(b);
  }

  /** A hired worker: member id is the worker id (the event's subject). */
  public static IdentityRecord of(Worker w, PhoneIntel phones) {
    Builder b = new Builder(w.subject(), Kind.WORKER, w.time());
    b.name = w.name();
    b.email = w.email();
    b.address = w.homeAddress();
    b.declaredRegion = w.declaredLocation() != null ? w.declaredLocation().region() : null;
    b.country = w.declaredLocation() != null ? w.declaredLocation().country()
        : w.homeAddress() != null ? w.homeAddress().country() : null;
    b.phoneRaw = w.phone();
    b.phone = phoneKey(phones, w.phone(), b.country);
    b.payroll = w.payroll() != null ? w.payroll().account() : null;
    b.ownApplication = w.application();
    return new IdentityRecord(b);
  }

  private static String phoneKey(PhoneIntel phones, String raw, String country) {
    if (Text.isBlank(raw)) return null;
    return phones.parse(raw, country).map(PhoneIntel.PhoneInfo::e164).orElse(null);
  }

  /** "1985-03-07" → {1985, 3, 7}; anything else → zeros (absent). */
  static int[] parseDate(String s) {
    if (s == null) return new int[3];
    String t = s.trim();
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return new int[3];
    try {
      int y = Integer.parseInt(t.substring(0, 4));
      int m = Integer.parseInt(t.substring(5, 7));
      int d = Integer.parseInt(t.substring(8, 10));
      return new int[] {y, m, d};
    } catch (NumberFormatException e) {
      return new int[3];
    }
  }

  private static final class Builder {
    final String id;
    final Kind kind;
    final long time;
    java.util.List<String> employers;
    java.util.List<Application.Employer> employerHistory;
    String ip;
    String name;
    String email;
    String phone;
    String phoneRaw;
    String birthDate;
    String nationalId;
    Address address;
    String country;
    String declaredRegion;
    List<String> links = List.of();
    String deviceId;
    String photoHash;
    String payroll;
    String ownApplication;
    String resumeText;

    Builder(String id, Kind kind, long time) {
      this.id = id;
      this.kind = kind;
      this.time = time;
    }
  }
}
