package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.List;
import java.util.Optional;

/** Recognises remote-access tools among the processes a device reports. */
public interface RemoteAccessCatalogue {

  /** The tool this process belongs to, with what matched, or empty. */
  Optional<Match> match(Inventory.Process process);

  /** How many tools the catalogue knows (for explanations: "one of 341 catalogued tools"). */
  int size();

  /**
   * @param tool the catalogue entry
   * @param on what matched, in words an analyst can check ("executable AnyDesk.exe; signer
   *     philandro Software GmbH; path C:\Program Files (x86)\AnyDesk\AnyDesk.exe")
   * @param signed whether the process signer is one of the tool's known signers (a renamed
   *     binary matches by signer; a look-alike name without the signer is weaker)
   */
  record Match(RemoteAccessTool tool, String on, boolean signed) {}

  /** An in-memory catalogue over these entries; later entries never replace earlier names. */
  static RemoteAccessCatalogue of(List<RemoteAccessTool> tools) {
    return new IndexedRemoteAccessCatalogue(tools);
  }
}
