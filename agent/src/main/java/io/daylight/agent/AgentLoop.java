package io.daylight.agent;

import io.daylight.agent.event.AgentEvent;
import io.daylight.agent.event.ContractJson;
import io.daylight.agent.event.RoundTrip;
import io.daylight.agent.input.KeyTimingRecorder;
import io.daylight.agent.inventory.InventoryCollector;
import io.daylight.agent.probe.LandmarkProbe;
import io.daylight.agent.send.Spool;
import io.daylight.agent.send.Uploader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's schedule: inventory and probes on their periods, typing batches as they close,
 * everything spooled first and then sent. Batches are cut every {@value #BATCH_MS} ms so a laptop
 * that goes offline loses nothing and a busy one sends few requests.
 */
final class AgentLoop {
  static final long BATCH_MS = 10_000;
  static final long TICK_MS = 250;

  private final ContractJson json;
  private final Spool spool;
  private final Uploader uploader;
  private final InventoryCollector inventory;
  private final LandmarkProbe probe;
  private final List<RoundTrip.Landmark> landmarks;
  private final long inventoryEveryMs;
  private final long probeEveryMs;
  private final List<String> pending = new ArrayList<>();

  AgentLoop(ContractJson json, Spool spool, Uploader uploader, InventoryCollector inventory, LandmarkProbe probe,
            List<RoundTrip.Landmark> landmarks, long inventoryEveryMs, long probeEveryMs) {
    this.json = json;
    this.spool = spool;
    this.uploader = uploader;
    this.inventory = inventory;
    this.probe = probe;
    this.landmarks = landmarks;
    this.inventoryEveryMs = inventoryEveryMs;
    this.probeEveryMs = probeEveryMs;
  }

  synchronized void record(AgentEvent e) {
    pending.add(json.line(e));
  }

  void inventoryAndProbes(long nowMs) {
    record(inventory.collect(nowMs));
    probes(nowMs);
  }

  private void probes(long nowMs) {
    for (RoundTrip.Landmark l : landmarks) {
      double rtt = probe.minRttMs(l);
      if (!Double.isNaN(rtt)) record(new RoundTrip(nowMs, l, rtt));
    }
  }

  void flushAndSend(long nowMs) {
    List<String> lines;
    synchronized (this) {
      lines = new ArrayList<>(pending);
      pending.clear();
    }
    if (!lines.isEmpty()) {
      try {
        spool.append(lines, nowMs);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the spool", e);
      }
    }
    uploader.drain(nowMs);
  }

  void run(KeyTimingRecorder recorder, long stopAtMs) throws InterruptedException {
    long nextInventory = 0;
    long nextProbe = 0;
    long nextBatch = System.currentTimeMillis() + BATCH_MS;
    while (System.currentTimeMillis() < stopAtMs) {
      long now = System.currentTimeMillis();
      if (now >= nextInventory) {
        record(inventory.collect(now));
        nextInventory = now + inventoryEveryMs;
      }
      if (now >= nextProbe) {
        probes(now);
        nextProbe = now + probeEveryMs;
      }
      synchronized (recorder) {
        recorder.tick(System.nanoTime());
      }
      if (now >= nextBatch) {
        flushAndSend(now);
        nextBatch = now + BATCH_MS;
      }
      Thread.sleep(TICK_MS);
    }
    synchronized (recorder) {
      recorder.flush();
    }
  }
}
