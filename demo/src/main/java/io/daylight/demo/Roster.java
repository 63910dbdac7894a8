package io.daylight.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.ZoneOffset;

/** HR and payroll records: one roster entry per hire, and changes of payment destination. */
final class Roster {
  private Roster() {}

  static void write(Person p, EventLog log) {
    long rosterTime = DemoOrganisation.START.plusDays(Math.max(0, p.hireDay)).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    log.add(rosterTime, "worker", p.id, g -> {
      g.writeStringField("name", p.name);
      g.writeStringField("email", p.email);
      g.writeStringField("phone", p.phone);
      g.writeObjectFieldStart("declared_location");
      g.writeStringField("city", p.declared.city());
      g.writeStringField("region", p.declared.region());
      g.writeStringField("country", p.declared.country());
      g.writeNumberField("lat", p.declared.at().lat());
      g.writeNumberField("lon", p.declared.at().lon());
      g.writeEndObject();
      g.writeStringField("declared_tz", p.declared.tz());
      g.writeStringField("hired", p.hired.toString());
      g.writeStringField("application", p.applicationId);
      address(g, "home_address", p.homeAddress);
      g.writeObjectFieldStart("laptop");
      g.writeStringField("serial", p.serial);
      address(g, "ship_to", p.shipTo);
      g.writeEndObject();
      g.writeObjectFieldStart("payroll");
      g.writeStringField("account", p.payrollAccount);
      g.writeStringField("holder", p.payrollHolder);
      g.writeStringField("bank_country", p.payrollBankCountry);
      g.writeEndObject();
      g.writeObjectFieldStart("engagement");
      g.writeStringField("kind", p.engagementKind);
      if (p.agency != null) g.writeStringField("agency", p.agency);
      g.writeEndObject();
    });
    if (p.bankChangeDay >= 0) {
      long t = DemoOrganisation.START.plusDays(p.bankChangeDay).atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 15 * 3600;
      log.add(t, "payroll", p.id, g -> {
        g.writeStringField("account", p.bankChangeAccount);
        g.writeStringField("holder", p.bankChangeHolder);
        g.writeStringField("bank_country", p.payrollBankCountry);
        g.writeStringField("method", "ach");
      });
    }
  }

  static void address(JsonGenerator g, String field, Address a) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("line1", a.line1());
    g.writeStringField("city", a.city());
    g.writeStringField("region", a.region());
    g.writeStringField("postal", a.postal());
    g.writeStringField("country", a.country());
    g.writeEndObject();
  }
}
