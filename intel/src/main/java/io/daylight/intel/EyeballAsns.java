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
 * Large residential and mobile ISPs ({@code catalogues/eyeball-asns.json}) that must never be
 * classified VPN or hosting without a person looking: a public VPN ASN list once wrongly held
 * Korea Telecom's ASN, which would have flagged millions of ordinary Korean users.
 */
public final class EyeballAsns {

  /** One deny-listed network and why it is on the list. */
  public record EyeballAsn(long asn, String name, String country, String source) {}

  private final Map<Long, EyeballAsn> byAsn;

  private EyeballAsns(Map<Long, EyeballAsn> byAsn) {
    this.byAsn = Collections.unmodifiableMap(byAsn);
  }

  public static EyeballAsns bundled() {
    try (InputStream in = EyeballAsns.class.getResourceAsStream("/catalogues/eyeball-asns.json")) {
      if (in == null) {
        throw new IllegalStateException("catalogues/eyeball-asns.json is missing from the classpath");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<Long, EyeballAsn> map = new LinkedHashMap<>();
      for (JsonNode e : root.path("entries")) {
        EyeballAsn a = new EyeballAsn(e.path("asn").asLong(), e.path("name").asText(),
            e.path("country").asText(), e.path("source").asText());
        map.put(a.asn(), a);
      }
      return new EyeballAsns(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<EyeballAsn> find(long asn) {
    return Optional.ofNullable(byAsn.get(asn));
  }

  public int size() {
    return byAsn.size();
  }
}
