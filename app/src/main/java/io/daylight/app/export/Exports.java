package io.daylight.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.output.OcsfFinding;
import io.daylight.app.security.Guard;
import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.RouteModule;
import io.daylight.core.detect.Finding;
import io.daylight.store.AuditLog;
import io.daylight.store.FindingStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Findings leaving Daylight: as OCSF JSON from the API, as CEF to a syslog collector and as OCSF
 * to a signed webhook. New findings are sent as they are stored, on one background thread, so a
 * slow receiver never holds up ingestion; a push re-sends everything on demand.
 */
public final class Exports implements RouteModule, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Exports.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FindingStore findings;
  private final AuditLog audit;
  private final SyslogSender syslog;
  private final WebhookSender webhook;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "daylight-export");
    t.setDaemon(true);
    return t;
  });

  public Exports(FindingStore findings, AuditLog audit, ExportTargets targets) {
    this.findings = findings;
    this.audit = audit;
    this.syslog = targets.syslog();
    this.webhook = targets.webhookSender();
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/v1/findings", Permission.EXPORT, "exports", "Every finding as OCSF Detection Finding JSON",
            this::ocsf),
        new ApiRoute(io.javalin.http.HandlerType.POST, "/v1/exports/push", Permission.EXPORT, 0, "exports",
            "Send every finding to the configured syslog collector (CEF) and webhook (OCSF, HMAC-signed)",
            "application/json", this::push));
  }

  /** Sends these findings to the configured targets, in the background. */
  public void publish(List<Finding> fresh) {
    if (fresh.isEmpty() || (syslog == null && webhook == null)) return;
    sender.submit(() -> deliver(fresh));
  }

  private ObjectNode deliver(List<Finding> list) {
    ObjectNode o = JSON.createObjectNode().put("findings", list.size());
    if (syslog != null) {
      List<String> lines = new ArrayList<>(list.size());
      for (Finding f : list) lines.add(Cef.line(f));
      try {
        syslog.send(lines);
        o.put("syslog", "sent");
      } catch (java.io.IOException e) {
        log.warn("syslog export failed: {}", e.getMessage());
        o.put("syslog", "failed: " + e.getMessage());
      }
    }
    if (webhook != null) {
      ObjectNode body = JSON.createObjectNode().put("type", "findings");
      ArrayNode arr = body.putArray("findings");
      for (Finding f : list) arr.add(OcsfFinding.toJson(f));
      try {
        o.put("webhook_attempts", webhook.send(body.toString()));
      } catch (java.io.IOException e) {
        log.warn("webhook export failed: {}", e.getMessage());
        o.put("webhook", "failed");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return o;
  }

  private void ocsf(Context ctx) {
    List<Finding> all = findings.all();
    audit.append(Guard.principal(ctx).name(), "findings.export", "findings",
        JSON.createObjectNode().put("findings", all.size()).put("format", "ocsf").toString());
    ArrayNode arr = JSON.createArrayNode();
    for (Finding f : all) arr.add(OcsfFinding.toJson(f));
    ctx.json(arr);
  }

  private void push(Context ctx) throws Exception {
    List<Finding> all = findings.all();
    audit.append(Guard.principal(ctx).name(), "findings.push", "findings",
        JSON.createObjectNode().put("findings", all.size()).put("syslog", syslog != null).put("webhook", webhook != null).toString());
    ctx.json(sender.submit(() -> deliver(all)).get());
  }

  @Override
  public void close() {
    sender.shutdownNow();
  }
}
