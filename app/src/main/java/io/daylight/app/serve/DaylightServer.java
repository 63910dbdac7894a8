package io.daylight.app.serve;

import io.daylight.app.DetectorSet;
import io.daylight.adapters.Mapping;
import io.daylight.app.ReferenceData;
import io.daylight.app.sensor.SensorRoutes;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.CaseStore;
import io.daylight.store.Database;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.RejectedStore;
import io.javalin.Javalin;
import io.daylight.app.console.ConsoleApi;
import io.daylight.app.console.ConsolePages;
import io.daylight.app.console.Decisions;
import io.daylight.app.console.Profiles;
import io.daylight.app.export.ExportTargets;
import io.daylight.app.export.Exports;
import io.daylight.app.privacy.PrivacyRoutes;
import io.daylight.app.privacy.RetentionJob;
import io.daylight.app.security.Security;
import io.daylight.app.privacy.StoredForm;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.store.Identities;
import java.util.List;

/** A running service: database, pipeline and HTTP API, closed together. Used by serve and demo. */
public final class DaylightServer implements AutoCloseable {
  private final Database db;
  private final DaylightService service;
  private final Javalin http;
  private final EventStore events;
  private final CaseStore cases;
  private final FindingStore findings;
  private final Security security;
  private final List<ApiRoute> routes;
  private final Exports exports;
  private final RetentionJob retention;

  private DaylightServer(Database db, DaylightService service, Javalin http, EventStore events, CaseStore cases,
                         FindingStore findings, Security security, List<ApiRoute> routes, Exports exports,
                         RetentionJob retention) {
    this.retention = retention;
    this.security = security;
    this.routes = routes;
    this.exports = exports;
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
                                     long allowedLatenessMs, int port, Pseudonyms pseudonyms) {
    return start(db, context, intel, policy, allowedLatenessMs, port, Mapping.NONE, ExportTargets.NONE, pseudonyms);
  }

  /**
   * As above, with the identity mapping used by {@code POST /v1/import/{format}}, sending new
   * findings to a syslog collector and a webhook when configured. Stored data is pseudonymised
   * under {@code pseudonyms}, which must be the key the database already uses (checked here).
   */
  public static DaylightServer start(Database db, DeploymentContext context, ReferenceData intel, ScoringPolicy policy,
                                     long allowedLatenessMs, int port, Mapping mapping, ExportTargets targets,
                                     Pseudonyms pseudonyms) {
    return start(db, context, intel, policy, allowedLatenessMs, port, mapping, targets, pseudonyms, Calibration.NONE);
  }

  /** As above, scoring with measured ratios and dependence ({@code --calibration}, from daylight calibrate). */
  public static DaylightServer start(Database db, DeploymentContext context, ReferenceData intel, ScoringPolicy policy,
                                     long allowedLatenessMs, int port, Mapping mapping, ExportTargets targets,
                                     Pseudonyms pseudonyms, Calibration calibration) {
    Identities identities = new Identities(db.dataSource());
    identities.adopt(pseudonyms.keyId());
    EventStore events = new EventStore(db.dataSource());
    FindingStore findings = new FindingStore(db.dataSource());
    CaseStore cases = new CaseStore(db.dataSource());
    ServiceMetrics metrics = new ServiceMetrics();
    DaylightService service = new DaylightService(DetectorSet.standard(context, intel), allowedLatenessMs,
        new Enricher(intel.places()), new CaseScorer(policy, calibration), events, new RejectedStore(db.dataSource()), findings, cases,
        metrics, new StoredForm(pseudonyms, intel.tools()), identities);
    Security security = Security.over(db.dataSource());
    // Suppressions first: the replay below rebuilds cases, and benign decisions must hold in them.
    Decisions decisions = new Decisions(db.dataSource(), security.audit(), findings, service);
    service.suppress(decisions.suppressions());
    service.replay();
    Exports exports = new Exports(findings, security.audit(), targets);
    service.onFindings(exports::publish);
    RetentionJob retention = new RetentionJob(db.dataSource(), security.audit(), findings, service,
        java.time.Clock.systemUTC());
    List<RouteModule> modules = List.of(
        new ConsoleApi(db.dataSource(), cases, findings, events, security.audit(), decisions,
            new Profiles(db.dataSource(), events, intel.ip())),
        new ConsolePages(),
        exports,
        SensorRoutes.module(sensorPlace(context)),
        new io.daylight.app.privacy.WorkerExplanationRoutes(findings, security.audit(), decisions, retention),
        new PrivacyRoutes(db.dataSource(), security.audit(), retention));
    List<ApiRoute> routes = HttpApi.routes(service, events, metrics, mapping, security, modules);
    Javalin http = HttpApi.create(routes, security).start("127.0.0.1", port);
    return new DaylightServer(db, service, http, events, cases, findings, security, routes, exports, retention);
  }

  /**
   * The place the browser sensor's echo reports for this server: the first landmark of the
   * context (operators list the server that answers echoes there), or none, in which case the
   * sensor sends no round trips (a round trip to a server of unknown place locates nothing).
   */
  static SensorRoutes.ServerPlace sensorPlace(DeploymentContext context) {
    if (context.landmarks().isEmpty()) return null;
    var l = context.landmarks().get(0);
    return new SensorRoutes.ServerPlace(l.id(), l.lat(), l.lon());
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

  /** Accounts, tokens, sessions and the audit log of this server's database. */
  public Security security() {
    return security;
  }

  /** The retention purge: its policy, on-demand runs and the daily schedule (off until scheduled). */
  public RetentionJob retention() {
    return retention;
  }

  /** Every route served, as listed in /openapi.json. */
  public List<ApiRoute> routes() {
    return routes;
  }

  @Override
  public void close() {
    retention.close();
    http.stop();
    exports.close();
    db.close();
  }
}
