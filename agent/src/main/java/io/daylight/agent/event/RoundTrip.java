package io.daylight.agent.event;

/** A round trip to a landmark of known place (contract {@code rtt}, method {@code tcp}). */
public record RoundTrip(long timeMs, Landmark landmark, double rttMs) implements AgentEvent {
  /** A server of known place the agent probes; {@code host:port} is where it listens. */
  public record Landmark(String id, double lat, double lon, String host, int port) {
    /** Parses {@code id=host:port@lat,lon}. */
    public static Landmark parse(String spec) {
      int eq = spec.indexOf('=');
      int at = spec.lastIndexOf('@');
      int colon = spec.lastIndexOf(':', at);
      int comma = spec.indexOf(',', at);
      if (eq < 1 || at < eq || colon < eq || comma < at) {
        throw new IllegalArgumentException("landmark must be id=host:port@lat,lon, got " + spec);
      }
      return new Landmark(spec.substring(0, eq), Double.parseDouble(spec.substring(at + 1, comma)),
          Double.parseDouble(spec.substring(comma + 1)), spec.substring(eq + 1, colon),
          Integer.parseInt(spec.substring(colon + 1, at)));
    }
  }
}
