package io.daylight.intel.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading catalogue JSON leniently (absent arrays are empty). */
final class CatalogueJson {
  private CatalogueJson() {}

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode a = node.path(field);
    if (a.isArray()) {
      for (JsonNode v : a) {
        if (v.isTextual() && !v.asText().isBlank() && !out.contains(v.asText().trim())) out.add(v.asText().trim());
      }
    }
    return out;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText().trim() : null;
  }

  static String required(JsonNode node, String field, String where) {
    String v = text(node, field);
    if (v == null || v.isEmpty()) throw new IllegalArgumentException(where + ": entry without '" + field + "': " + node);
    return v;
  }
}
