package io.daylight.app.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** What {@code GET /metrics} shows, in Prometheus text format. */
public final class ServiceMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter accepted = counter("accepted", "events stored for the first time");
  private final Counter duplicates = counter("duplicate", "events whose id was already stored (idempotent)");
  private final Counter rejected = counter("rejected", "lines rejected with a reason");
  private final Counter late = counter("late", "events that arrived behind the watermark (stored, detected on replay)");
  private final Counter findings = Counter.builder("daylight_findings").description("findings emitted").register(registry);

  public ServiceMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
  }

  private Counter counter(String outcome, String description) {
    return Counter.builder("daylight_events").tag("outcome", outcome).description(description).register(registry);
  }

  void ingested(int newEvents, int duplicateEvents, int rejectedLines) {
    accepted.increment(newEvents);
    duplicates.increment(duplicateEvents);
    rejected.increment(rejectedLines);
  }

  void late() {
    late.increment();
  }

  void findings(int n) {
    findings.increment(n);
  }

  public String scrape() {
    return registry.scrape();
  }
}
