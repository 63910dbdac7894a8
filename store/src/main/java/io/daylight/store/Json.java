package io.daylight.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.detect.Evidence;
import io.daylight.core.score.Case;
import java.util.List;

/** The JSON columns: a finding's evidence and a case's reasons, as the core records. */
final class Json {
  // Rows written by a newer version may carry fields this one does not know; read what it knows.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};
  private static final TypeReference<List<Case.Reason>> REASONS = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("could not write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }

  static List<Evidence> evidence(String json) {
    return read(json, EVIDENCE);
  }

  static List<Case.Reason> reasons(String json) {
    return read(json, REASONS);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
