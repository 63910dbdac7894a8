package io.daylight.intel.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.endpoint.InputHardware;
import io.daylight.core.endpoint.InputHardwareCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the project's input-hardware catalogue ({@code catalogues/input-hardware.json}):
 * {@code {"hardware":[{"name","kind","usb_ids","usb_strings","display_names","source"}]}}.
 */
public final class InputHardwareReader {
  public static final String RESOURCE = "/catalogues/input-hardware.json";
  private static final Set<String> KINDS = Set.of("ip-kvm", "hid-injector", "usb-gadget", "mouse-jiggler");
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputHardwareReader() {}

  public static InputHardwareCatalogue bundled() {
    try (InputStream in = InputHardwareReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return InputHardwareCatalogue.of(read(in, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<InputHardware> read(InputStream in, String where) throws IOException {
    List<InputHardware> out = new ArrayList<>();
    for (JsonNode h : JSON.readTree(in).path("hardware")) {
      String kind = CatalogueJson.required(h, "kind", where);
      if (!KINDS.contains(kind)) throw new IllegalArgumentException(where + ": unknown kind '" + kind + "'");
      List<String> ids = new ArrayList<>();
      for (String id : CatalogueJson.strings(h, "usb_ids")) {
        if (!id.matches("[0-9a-f]{4}:[0-9a-f]{4}")) throw new IllegalArgumentException(where + ": bad usb id " + id);
        ids.add(id);
      }
      out.add(new InputHardware(CatalogueJson.required(h, "name", where), kind, ids, CatalogueJson.strings(h, "usb_strings"),
          CatalogueJson.strings(h, "display_names"), CatalogueJson.required(h, "source", where)));
    }
    return out;
  }
}
