package io.daylight.intel.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessTool;
import io.daylight.core.event.Inventory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CataloguesTest {

  static Path lolrmm() {
    Path root = Path.of(System.getProperty("daylight.root", ".")).toAbsolutePath();
    for (Path p = root; p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata/lolrmm/rmm_tools.json");
      if (Files.exists(candidate)) return candidate;
    }
    throw new IllegalStateException("testdata/lolrmm/rmm_tools.json not found from " + root);
  }

  @Test
  void every_bundled_entry_names_its_source_and_can_be_matched() {
    List<RemoteAccessTool> tools = RemoteAccessToolsReader.bundled();
    assertThat(tools).hasSizeGreaterThanOrEqualTo(30)
        .allSatisfy(t -> {
          assertThat(t.source()).isNotBlank();
          assertThat(t.executables().size() + t.signers().size()).as(t.name()).isPositive();
        });
  }

  @Test
  void the_bundled_catalogue_finds_anydesk_by_its_old_signer_and_leaves_chrome_alone() {
    RemoteAccessCatalogue c = Catalogues.remoteAccess();
    var m = c.match(new Inventory.Process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH"));
    assertThat(m).get().satisfies(x -> {
      assertThat(x.tool().name()).isEqualTo("AnyDesk");
      assertThat(x.signed()).isTrue();
      assertThat(x.on()).contains("(a catalogued install path)");
    });
    assertThat(c.match(new Inventory.Process("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC"))).isEmpty();
    assertThat(c.match(new Inventory.Process("svchost.exe", "C:\\Windows\\System32\\svchost.exe", "Microsoft Windows"))).isEmpty();
  }

  @Test
  void imports_every_lolrmm_tool_with_its_provenance_and_without_generic_names_or_platform_signers() throws IOException {
    List<RemoteAccessTool> tools;
    try (InputStream in = Files.newInputStream(lolrmm())) {
      tools = new LolrmmImporter("magicsword-io/LOLRMM @ 3c75cf0").read(in);
    }
    assertThat(tools).hasSize(319);
    assertThat(tools).allSatisfy(t -> assertThat(t.source()).startsWith("LOLRMM (magicsword-io/LOLRMM @ 3c75cf0"));
    assertThat(tools).flatMap(RemoteAccessTool::executables).noneMatch(e -> e.equalsIgnoreCase("agent.exe") || e.contains("<"));
    assertThat(tools).flatMap(RemoteAccessTool::signers).noneMatch(s -> s.equalsIgnoreCase("Microsoft Corporation"));
    RemoteAccessTool teamviewer = tools.stream().filter(t -> t.name().equals("TeamViewer")).findFirst().orElseThrow();
    assertThat(teamviewer.signers()).contains("TeamViewer Germany GmbH");
    assertThat(teamviewer.domains()).contains("*.teamviewer.com");
  }

  @Test
  void bundled_entries_derived_from_lolrmm_agree_with_it_on_at_least_one_executable() throws IOException {
    Map<String, RemoteAccessTool> lol;
    try (InputStream in = Files.newInputStream(lolrmm())) {
      lol = new LolrmmImporter("reference").read(in).stream()
          .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }
    for (RemoteAccessTool t : RemoteAccessToolsReader.bundled()) {
      if (!t.source().startsWith("LOLRMM")) continue;
      String entry = t.source().replaceAll(".*entry '([^']+)'.*", "$1").toLowerCase(Locale.ROOT);
      RemoteAccessTool ref = lol.get(entry);
      assertThat(ref).as("LOLRMM entry for " + t.name()).isNotNull();
      if (ref.executables().isEmpty()) continue;
      assertThat(t.executables()).as(t.name())
          .anyMatch(e -> ref.executables().stream().anyMatch(r -> r.equalsIgnoreCase(e)));
    }
  }

  @Test
  void the_merged_catalogue_knows_tools_only_lolrmm_lists() throws IOException {
    RemoteAccessCatalogue merged = Catalogues.remoteAccessWithLolrmm(lolrmm(), "magicsword-io/LOLRMM @ 3c75cf0");
    assertThat(merged.size()).isGreaterThan(319);
    assertThat(merged.match(new Inventory.Process("kitty.exe", "C:\\tools\\kitty.exe", null))).get()
        .extracting(m -> m.tool().name()).isEqualTo("KiTTY");
  }

  @Test
  void the_hardware_catalogue_names_a_pikvm_and_a_renamed_gadget_only_by_id() {
    InputHardwareCatalogue c = Catalogues.inputHardware();
    var pikvm = c.usb(new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE"));
    assertThat(pikvm.get(0).hardware().name()).isEqualTo("PiKVM");
    assertThat(pikvm.get(0).byString()).isTrue();
    var renamed = c.usb(new Inventory.UsbDevice("1d6b", "0104", "Logitech", "USB Keyboard", null));
    assertThat(renamed).singleElement().satisfies(m -> {
      assertThat(m.hardware().kind()).isEqualTo("usb-gadget");
      assertThat(m.byString()).isFalse();
    });
    assertThat(c.usb(new Inventory.UsbDevice("046d", "c52b", "Logitech", "USB Receiver", null))).isEmpty();
    assertThat(c.display(new Inventory.Display("LNX", "PiKVM V3"))).isPresent();
  }

  @Test
  void an_entry_without_a_source_is_rejected() {
    String json = "{\"hardware\":[{\"name\":\"X\",\"kind\":\"ip-kvm\",\"usb_strings\":[\"x\"]}]}";
    assertThatThrownBy(() -> InputHardwareReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test"))
        .hasMessageContaining("source");
  }
}
