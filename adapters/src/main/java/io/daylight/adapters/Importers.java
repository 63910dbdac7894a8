package io.daylight.adapters;

import io.daylight.adapters.csv.CsvImporter;
import io.daylight.adapters.entra.EntraImporter;
import io.daylight.adapters.git.GitLogImporter;
import io.daylight.adapters.greenhouse.GreenhouseImporter;
import io.daylight.adapters.gworkspace.GoogleWorkspaceImporter;
import io.daylight.adapters.okta.OktaImporter;
import io.daylight.adapters.osquery.OsqueryImporter;
import java.util.List;
import java.util.Locale;

/** The import formats by name: the CLI's {@code daylight import FORMAT} and the HTTP {@code POST /v1/import/{format}}. */
public final class Importers {
  /** Every format name, in the order the docs list them. */
  public static final List<String> FORMATS = List.of("okta", "entra", "gworkspace", "osquery", "greenhouse", "csv", "git");

  private Importers() {}

  /** The importer for {@code format} without a mapping file. */
  public static Importer forFormat(String format) {
    return forFormat(format, Mapping.NONE);
  }

  /**
   * @throws IllegalArgumentException for an unknown format, or a {@code csv} mapping that is
   *     missing or unusable (the message says what to fix)
   */
  public static Importer forFormat(String format, Mapping mapping) {
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    return switch (f) {
      case "okta" -> new OktaImporter(mapping);
      case "entra" -> new EntraImporter(mapping);
      case "gworkspace" -> new GoogleWorkspaceImporter(mapping);
      case "osquery" -> new OsqueryImporter(mapping);
      case "greenhouse" -> new GreenhouseImporter(mapping);
      case "csv" -> new CsvImporter(mapping);
      case "git" -> new GitLogImporter(mapping);
      default -> throw new IllegalArgumentException("unknown import format '" + format + "'; known: " + String.join(", ", FORMATS));
    };
  }
}
