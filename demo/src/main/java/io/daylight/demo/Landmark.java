package io.daylight.demo;

import java.util.List;

/**
 * A server of known place that measures round trips to workers' endpoints. The coordinates are
 * those of well-known carrier-neutral data-centre buildings in each metro (public facility
 * addresses), so a landmark's own position is not in doubt.
 */
public record Landmark(String id, String metro, LatLon at) {

  /** The nine landmarks of the demo deployment. */
  public static final List<Landmark> DATA_CENTRES = List.of(
      new Landmark("sea-1", "Seattle (Westin Building Exchange)", new LatLon(47.6145, -122.3382)),
      new Landmark("iad-1", "Ashburn (Equinix DC campus)", new LatLon(39.0163, -77.4590)),
      new Landmark("dfw-1", "Dallas (Infomart)", new LatLon(32.8010, -96.8196)),
      new Landmark("ord-1", "Chicago (350 E Cermak)", new LatLon(41.8536, -87.6185)),
      new Landmark("lhr-1", "London (Telehouse Docklands)", new LatLon(51.5113, -0.0016)),
      new Landmark("fra-1", "Frankfurt (Interxion Hanauer Landstrasse)", new LatLon(50.1196, 8.7351)),
      new Landmark("sin-1", "Singapore (Equinix SG1 Ayer Rajah)", new LatLon(1.2966, 103.7878)),
      new Landmark("tyo-1", "Tokyo (Equinix TY2 Koto)", new LatLon(35.6262, 139.7754)),
      new Landmark("gru-1", "Sao Paulo (Equinix SP2 Tambore)", new LatLon(-23.4986, -46.8436)));

  /** The application server that stamps server-side interaction latencies (the Ashburn landmark). */
  public static final Landmark APP_SERVER = DATA_CENTRES.get(1);
}
