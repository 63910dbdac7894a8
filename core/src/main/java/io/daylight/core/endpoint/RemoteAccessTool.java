package io.daylight.core.endpoint;

import java.util.List;

/**
 * One remote-access or remote-management product as a catalogue describes it.
 *
 * @param name the product's name, as IT writes it in {@code sanctioned_tools} ("TeamViewer")
 * @param category RMM, RAT, remote-desktop
 * @param executables process image names, without directories ("AnyDesk.exe")
 * @param signers code-signing subject names ("philandro Software GmbH")
 * @param paths install-path patterns, {@code *} as wildcard ("C:\Program Files (x86)\AnyDesk\*")
 * @param domains network domains the tool talks to, for explanations and network sensors
 * @param source where the entry comes from, so an analyst can check it
 */
public record RemoteAccessTool(String name, String category, List<String> executables, List<String> signers,
                               List<String> paths, List<String> domains, String source) {
  public RemoteAccessTool {
    executables = executables == null ? List.of() : List.copyOf(executables);
    signers = signers == null ? List.of() : List.copyOf(signers);
    paths = paths == null ? List.of() : List.copyOf(paths);
    domains = domains == null ? List.of() : List.copyOf(domains);
  }
}
