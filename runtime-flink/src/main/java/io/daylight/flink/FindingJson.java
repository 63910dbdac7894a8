package io.daylight.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.detect.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A finding as a small JSON object of the {@link Finding} record's own fields, for the findings
 * topic. The contract's OCSF form is written by the app's {@code OcsfFinding}; once that class
 * moves to a module runtime-flink may depend on, the topic can carry OCSF directly.
 */
public final class FindingJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingJson() {}

  public static byte[] write(Finding f) {
    try {
      return JSON.writeValueAsBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Finding read(byte[] json) {
    try {
      return JSON.readValue(json, Finding.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
