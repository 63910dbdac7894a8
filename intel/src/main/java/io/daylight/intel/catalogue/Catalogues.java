package io.daylight.intel.catalogue;

import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogues the post-hire detectors take: the project's own, optionally extended with an
 * imported LOLRMM file. Project entries come first, so where both describe a tool the project's
 * corrected entry wins (the index keeps the first entry per executable and signer).
 */
public final class Catalogues {
  private Catalogues() {}

  public static RemoteAccessCatalogue remoteAccess() {
    return RemoteAccessCatalogue.of(RemoteAccessToolsReader.bundled());
  }

  /** The bundled catalogue plus LOLRMM's {@code rmm_tools.json} at {@code lolrmm}. */
  public static RemoteAccessCatalogue remoteAccessWithLolrmm(Path lolrmm, String provenance) throws IOException {
    List<RemoteAccessTool> all = new ArrayList<>(RemoteAccessToolsReader.bundled());
    try (InputStream in = Files.newInputStream(lolrmm)) {
      all.addAll(new LolrmmImporter(provenance).read(in));
    }
    return RemoteAccessCatalogue.of(all);
  }

  public static InputHardwareCatalogue inputHardware() {
    return InputHardwareReader.bundled();
  }
}
