package io.daylight.intel.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.endpoint.RemoteAccessTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's remote-access tool catalogue ({@code catalogues/remote-access-tools.json}):
 * {@code {"tools":[{"name","category","executables","signers","paths","domains","source"}]}}.
 * Every entry must name its source; one without is rejected, not loaded.
 */
public final class RemoteAccessToolsReader {
  public static final String RESOURCE = "/catalogues/remote-access-tools.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RemoteAccessToolsReader() {}

  /** The catalogue bundled with Daylight. */
  public static List<RemoteAccessTool> bundled() {
    try (InputStream in = RemoteAccessToolsReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<RemoteAccessTool> read(InputStream in, String where) throws IOException {
    JsonNode root = JSON.readTree(in);
    List<RemoteAccessTool> out = new ArrayList<>();
    for (JsonNode t : root.path("tools")) {
      out.add(new RemoteAccessTool(CatalogueJson.required(t, "name", where), CatalogueJson.text(t, "category"),
          CatalogueJson.strings(t, "executables"), CatalogueJson.strings(t, "signers"), CatalogueJson.strings(t, "paths"),
          CatalogueJson.strings(t, "domains"), CatalogueJson.required(t, "source", where)));
    }
    return out;
  }
}
