package io.daylight.intel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mobile carriers' autonomous systems ({@code catalogues/mobile-carriers.json}): addresses there are
 * carrier-grade NAT gateways, classified {@link io.daylight.core.intel.IpIntel.NetworkClass#MOBILE}
 * so that no detector reads their city-level geolocation as the person's place.
 */
public final class MobileCarriers {

  /** One carrier network and why it is listed. */
  public record Carrier(long asn, String name, String country, String source) {}

  private final String version;
  private final Map<Long, Carrier> byAsn;

  private MobileCarriers(String version, Map<Long, Carrier> byAsn) {
    this.version = version;
    this.byAsn = Collections.unmodifiableMap(byAsn);
  }

  public static MobileCarriers bundled() {
    try (InputStream in = MobileCarriers.class.getResourceAsStream("/catalogues/mobile-carriers.json")) {
      if (in == null) throw new IllegalStateException("catalogues/mobile-carriers.json is missing from the classpath");
      JsonNode root = new ObjectMapper().readTree(in);
      Map<Long, Carrier> map = new LinkedHashMap<>();
      for (JsonNode e : root.path("entries")) {
        Carrier c = new Carrier(e.path("asn").asLong(), e.path("name").asText(), e.path("country").asText(),
            e.path("source").asText());
        if (map.putIfAbsent(c.asn(), c) != null) throw new IllegalStateException("AS" + c.asn() + " listed twice");
      }
      return new MobileCarriers(root.path("version").asText("unversioned"), map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Carrier> find(long asn) {
    return Optional.ofNullable(byAsn.get(asn));
  }

  public String version() {
    return version;
  }

  public int size() {
    return byAsn.size();
  }
}
