package io.daylight.app.serve;

import io.daylight.app.DetectorSet;
import io.daylight.adapters.Mapping;
import io.daylight.app.ReferenceData;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.CaseStore;
import io.daylight.store.Database;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.RejectedStore;
import io.javalin.Javalin;

/** A running service: database, pipeline and HTTP API, closed together. Used by serve and demo. */
public final class DaylightServer implements AutoCloseable {
  private final Database db;
  private final DaylightService service;
  private final Javalin http;
  private final EventStore events;
  private final CaseStore cases;
  private final FindingStore findings;

  private DaylightServer(Database db, DaylightService service, Javalin http, EventStore events, CaseStore cases,
                         FindingStore findings) {
    this.db = db;
    this.service = service;
    this.http = http;
    this.events = events;
    this.cases = cases;
    this.findings = findings;
  }

  /**
   * Opens the store, replays stored events into the detectors (state after a restart is exactly what
   * it was before the crash), then starts HTTP on {@code port} (0 = any free port).
   */
  public static DaylightServer start(Database db, DeploymentContext context, ReferenceData intel, ScoringPolicy policy,
                                     long allowedLatenessMs, int port) {
    return start(db, context, intel, policy, allowedLatenessMs, port, Mapping.NONE);
  }

  /** As above, with the identity mapping used by {@code POST /v1/import/{format}}. */
  public static DaylightServer start(Database db, DeploymentContext context, ReferenceData intel, ScoringPolicy policy,
                                     long allowedLatenessMs, int port, Mapping mapping) {
    EventStore events = new EventStore(db.dataSource());
    FindingStore findings = new FindingStore(db.dataSource());
    CaseStore cases = new CaseStore(db.dataSource());
    ServiceMetrics metrics = new ServiceMetrics();
    DaylightService service = new DaylightService(DetectorSet.standard(context, intel), allowedLatenessMs,
        new Enricher(intel.places()), new CaseScorer(policy), events, new RejectedStore(db.dataSource()), findings, cases,
        metrics);
    service.replay();
    Javalin http = HttpApi.create(service, events, cases, findings, metrics, mapping).start("127.0.0.1", port);
    return new DaylightServer(db, service, http, events, cases, findings);
  }

  public int port() {
    return http.port();
  }

  public DaylightService service() {
    return service;
  }

  public CaseStore cases() {
    return cases;
  }

  public FindingStore findings() {
    return findings;
  }

  public EventStore events() {
    return events;
  }

  @Override
  public void close() {
    http.stop();
    db.close();
  }
}
