package io.daylight.agent;

import io.daylight.agent.event.ContractJson;
import io.daylight.agent.event.RoundTrip;
import io.daylight.agent.input.KeyTimingRecorder;
import io.daylight.agent.input.NativeInputTiming;
import io.daylight.agent.inventory.InventoryCollector;
import io.daylight.agent.probe.LandmarkProbe;
import io.daylight.agent.send.Spool;
import io.daylight.agent.send.Uploader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code daylight agent}: the endpoint sensor for managed laptops. Collects inventory, key
 * press/release instants (never which key) and landmark round trips, spools them as contract-v1
 * NDJSON and sends them to a Daylight server with a scoped ingest token. See docs/sensors.md.
 */
@Command(name = "agent", mixinStandardHelpOptions = true,
    description = "Endpoint sensor: inventory, input timing (instants only), landmark round trips; spooled, sent to a Daylight server.")
public final class AgentCommand implements Callable<Integer> {
  @Option(names = "--server", required = true, description = "Daylight server base URL, e.g. https://daylight.corp.example")
  URI server;

  @Option(names = "--token", description = "scoped ingest token (default: env DAYLIGHT_INGEST_TOKEN)")
  String token = System.getenv("DAYLIGHT_INGEST_TOKEN");

  @Option(names = "--subject", required = true, description = "the worker id this laptop is issued to")
  String subject;

  @Option(names = "--device-id", description = "this device's id (default: the host name)")
  String deviceId;

  @Option(names = "--spool", description = "spool directory (default: ~/.daylight/spool)")
  Path spoolDir = Path.of(System.getProperty("user.home"), ".daylight", "spool");

  @Option(names = "--landmark", description = "id=host:port@lat,lon of a server of known place to probe (repeatable)")
  List<String> landmarks = new ArrayList<>();

  @Option(names = "--ip-echo", description = "URL that answers with the caller's public IP as text")
  URI ipEcho;

  @Option(names = "--input-timing", negatable = true, defaultValue = "true",
      description = "record system-wide key press/release instants (needs a display; default on)")
  boolean inputTiming;

  @Option(names = "--inventory-every", defaultValue = "3600", description = "seconds between inventories")
  long inventoryEverySec;

  @Option(names = "--probe-every", defaultValue = "300", description = "seconds between landmark probes")
  long probeEverySec;

  @Option(names = "--run-for", defaultValue = "0", description = "stop after this many seconds (0: run until killed)")
  long runForSec;

  @Option(names = "--once", description = "one inventory and one probe round, send, exit")
  boolean once;

  /** Its own entry point, so the agent can ship alone; `daylight agent` is the same command. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new AgentCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String device = deviceId != null ? deviceId : java.net.InetAddress.getLocalHost().getHostName();
    ContractJson json = new ContractJson(subject, device);
    Spool spool = new Spool(spoolDir);
    Uploader uploader = new Uploader(spool, server, token);
    List<RoundTrip.Landmark> marks = landmarks.stream().map(RoundTrip.Landmark::parse).toList();
    AgentLoop loop = new AgentLoop(json, spool, uploader, new InventoryCollector(ipEcho), new LandmarkProbe(5, 3_000),
        marks, inventoryEverySec * 1000, probeEverySec * 1000);
    if (once) {
      loop.inventoryAndProbes(System.currentTimeMillis());
      loop.flushAndSend(System.currentTimeMillis());
      int left = spool.pending().size();
      System.err.printf("agent: sent; %d batch(es) left in %s%n", left, spoolDir);
      return left == 0 ? 0 : 1;
    }
    KeyTimingRecorder recorder = new KeyTimingRecorder(loop::record);
    NativeInputTiming hook = null;
    if (inputTiming) {
      try {
        hook = new NativeInputTiming(recorder);
        hook.start();
      } catch (Exception | UnsatisfiedLinkError e) {
        System.err.println("agent: input timing unavailable (" + e.getMessage() + "); continuing without it");
        hook = null;
      }
    }
    long stopAt = runForSec > 0 ? System.currentTimeMillis() + runForSec * 1000 : Long.MAX_VALUE;
    try {
      loop.run(recorder, stopAt);
    } finally {
      if (hook != null) hook.close();
      loop.flushAndSend(System.currentTimeMillis());
    }
    return 0;
  }
}
