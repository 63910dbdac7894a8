package io.daylight.app.privacy;

import io.daylight.app.security.StoreOptions;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.store.AuditLog;
import io.daylight.store.Database;
import io.daylight.store.Identities;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "pseudonyms", description = {
    "The key that pseudonymises stored worker ids (docs/privacy/pseudonymisation.md)."},
    subcommands = {PseudonymsCommand.Status.class, PseudonymsCommand.Rotate.class})
public final class PseudonymsCommand {

  @Command(name = "status", description = "Which key the stored data is under, and whether the key file matches it.")
  static final class Status implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path file = store.pseudonymKeyFile();
      String fileKey = Files.exists(file) ? PseudonymKey.load(file).keyId() : "none";
      try (Database db = store.open()) {
        String active = new Identities(db.dataSource()).activeKey().orElse("none");
        out.printf("{\"key_file\":\"%s\",\"key_file_id\":\"%s\",\"stored_under\":\"%s\",\"match\":%s}%n",
            file.toString().replace("\\", "\\\\").replace("\"", "\\\""), fileKey, active, fileKey.equals(active));
        return fileKey.equals(active) || active.equals("none") ? 0 : 1;
      }
    }
  }

  @Command(name = "rotate", description = {
      "Makes a new key and moves every stored pseudonym to it in one transaction (events, findings, cases,",
      "decisions), then replaces the key file; the old key is destroyed. Also pseudonymises a database written",
      "before pseudonymisation. Safe to rerun after a crash. With the embedded database, stop serve first."})
  static final class Rotate implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path file = store.pseudonymKeyFile();
      // The next key is written before the database moves, and reused if a previous run stopped
      // between the two: the database never ends up under a key nobody holds.
      Path next = file.resolveSibling(file.getFileName() + ".next");
      if (!Files.exists(next)) PseudonymKey.write(next, PseudonymKey.fresh(), false);
      Pseudonyms key = PseudonymKey.load(next);
      try (Database db = store.open()) {
        Identities.Rotation r = new Identities(db.dataSource()).rotate(key::of, key.keyId());
        String detail = String.format("{\"from_key\":\"%s\",\"to_key\":\"%s\",\"subjects\":%d,\"events\":%d,\"findings\":%d,\"cases\":%d}",
            r.fromKey(), r.toKey(), r.subjects(), r.events(), r.findings(), r.cases());
        new AuditLog(db.dataSource()).append(RetentionCommand.actor(), "pseudonym.rotate", "pseudonyms", detail);
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println(detail);
        return 0;
      }
    }
  }
}
