package io.daylight.app.security;

import io.daylight.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which database an administrative command opens: the same options as {@code serve}. With the
 * embedded database, run these while serve is stopped (one server per data directory), or use the
 * HTTP API (POST /v1/tokens) while it runs.
 */
public final class StoreOptions {
  @Option(names = "--db", paramLabel = "JDBC_URL", description = "external PostgreSQL, e.g. jdbc:postgresql://db:5432/daylight")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "${env:DAYLIGHT_DB_USER:-daylight}", description = "database user (env DAYLIGHT_DB_USER)")
  String dbUser;

  @Option(names = "--db-password-env", defaultValue = "DAYLIGHT_DB_PASSWORD",
      description = "name of the environment variable holding the database password")
  String dbPasswordEnv;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:DAYLIGHT_HOME:-${sys:user.home}/.local/share/daylight}",
      description = "the embedded database's directory, as given to serve (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--pseudonym-key", paramLabel = "FILE", defaultValue = "${env:DAYLIGHT_PSEUDONYM_KEY_FILE}",
      description = "the key that pseudonymises stored worker ids (default <data-dir>/pseudonym.key, created on first"
          + " use; env DAYLIGHT_PSEUDONYM_KEY_FILE). Keep it apart from database backups.")
  Path pseudonymKey;

  /** Where the pseudonym key lives. */
  public Path pseudonymKeyFile() {
    return pseudonymKey != null ? pseudonymKey : dataDir.resolve("pseudonym.key");
  }

  /** The operator's pseudonym key, created on first use. */
  public io.daylight.core.privacy.Pseudonyms pseudonyms() {
    return io.daylight.app.privacy.PseudonymKey.loadOrCreate(pseudonymKeyFile());
  }

  /** Whether --db named an external database (else the embedded one under --data-dir). */
  public boolean external() {
    return jdbcUrl != null;
  }

  public Database open() {
    return jdbcUrl == null
        ? Database.embedded(dataDir.resolve("postgres"))
        : Database.external(jdbcUrl, dbUser, System.getenv(dbPasswordEnv));
  }
}
