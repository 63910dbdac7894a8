package io.daylight.core.testkit;

import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builders for contract events in tests; times are "2026-02-03T16:00:00Z" strings or epoch ms. */
public final class Events {
  private Events() {}

  private static final AtomicLong SEQ = new AtomicLong();

  public static long t(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  public static long day(int d) {
    return t("2026-02-01T15:00:00Z") + d * 86_400_000L;
  }

  static String id(String prefix) {
    return prefix + "-" + SEQ.incrementAndGet();
  }

  public static Address address(String line1, String city, String postal) {
    return new Address(line1, null, city, "AZ", postal, "US");
  }

  public static final Place PHOENIX = new Place("Phoenix", "AZ", "US", 33.448, -112.074);

  public static Worker worker(String subject, String name, Place place, Address home, String serial, Address shipTo,
                              String account, String holder, String bankCountry, String agency) {
    return new Worker(id("w"), t("2026-01-10T00:00:00Z"), subject, name, subject + "@corp.example", null, place,
        "America/Phoenix", "2026-01-15", null, home, new Worker.Laptop(serial, shipTo),
        account == null ? null : new Worker.PayrollAccount(account, holder, bankCountry),
        agency == null ? null : new Worker.Engagement("contractor", agency));
  }

  public static Worker worker(String subject, Address home) {
    return worker(subject, "Worker " + subject, PHOENIX, home, "SN-" + subject, home, null, null, null, null);
  }

  public static Inventory inventory(String subject, long time, String serial, String ip, String bssid,
                                    List<Inventory.Process> processes, List<Inventory.UsbDevice> usb,
                                    List<Inventory.Display> displays) {
    return new Inventory(id("inv"), time, subject, "dev-" + subject, serial, "America/Phoenix", ip, bssid, processes, usb, displays);
  }

  public static Inventory inventory(String subject, long time, String ip) {
    return inventory(subject, time, "SN-" + subject, ip, null, List.of(), List.of(), List.of());
  }

  public static Auth auth(String subject, long time, String ip, String device, Boolean managed) {
    return new Auth(id("auth"), time, subject, ip, device, managed, "success", "push", "ua", null);
  }

  public static Payroll payroll(String subject, long time, String account, String holder, String country, String method) {
    return new Payroll(id("pay"), time, subject, account, holder, country, method);
  }

  public static Application application(String id, long time, String email, String ip, String device, String agency, String channel) {
    return new Application(id, time, "Engineer", new Application.Candidate("Cand " + email, email, null, null, null, null, null, null),
        ip, "ua", device, null, null, null, null, null, new Application.Source(channel, agency, null));
  }
}
