package io.daylight.intel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.intel.IpIntel.NetworkClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's versioned catalogue of VPN, Tor and hosting autonomous systems
 * ({@code catalogues/networks.json}); immutable.
 */
public final class NetworkCatalogue {

  static final String BUNDLED = "/catalogues/networks.json";

  private final String version;
  private final Map<Long, NetworkEntry> byAsn;

  private NetworkCatalogue(String version, Map<Long, NetworkEntry> byAsn) {
    this.version = version;
    this.byAsn = Collections.unmodifiableMap(byAsn);
  }

  /** The catalogue shipped in this jar. */
  public static NetworkCatalogue bundled() {
    try (InputStream in = NetworkCatalogue.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a catalogue in the networks.json format; duplicate ASNs are an error. */
  public static NetworkCatalogue read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<NetworkEntry> entries = new ArrayList<>();
    for (JsonNode e : root.path("entries")) {
      entries.add(new NetworkEntry(e.path("asn").asLong(), e.path("name").asText(),
          NetworkClass.valueOf(e.path("class").asText()), e.path("source").asText(null),
          LocalDate.parse(e.path("added").asText())));
    }
    return of(root.path("version").asText("unversioned"), entries);
  }

  public static NetworkCatalogue of(String version, Collection<NetworkEntry> entries) {
    Map<Long, NetworkEntry> map = new LinkedHashMap<>();
    for (NetworkEntry e : entries) {
      if (map.putIfAbsent(e.asn(), e) != null) {
        throw new IllegalArgumentException("AS" + e.asn() + " is listed twice in catalogue " + version);
      }
    }
    return new NetworkCatalogue(version, map);
  }

  /**
   * This catalogue plus reviewed imported entries; where both name an ASN this catalogue's entry
   * stays, because curated entries were checked by a person and imports were not.
   */
  public NetworkCatalogue plus(String addedVersion, Collection<NetworkEntry> imported) {
    Map<Long, NetworkEntry> map = new LinkedHashMap<>(byAsn);
    for (NetworkEntry e : imported) {
      map.putIfAbsent(e.asn(), e);
    }
    return new NetworkCatalogue(version + "+" + addedVersion, map);
  }

  public Optional<NetworkEntry> byAsn(long asn) {
    return Optional.ofNullable(byAsn.get(asn));
  }

  /** The entry for the ASN or null: for the lookup hot path, which avoids the Optional. */
  NetworkEntry entryOrNull(long asn) {
    return byAsn.get(asn);
  }

  public Collection<NetworkEntry> entries() {
    return byAsn.values();
  }

  public String version() {
    return version;
  }
}
