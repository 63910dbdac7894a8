package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.security.StoreOptions;
import io.daylight.store.AuditEntry;
import io.daylight.store.AuditLog;
import io.daylight.store.Database;
import io.daylight.store.SubjectRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subject", description = "A person's rights over their data: access (export) and erasure.",
    subcommands = {SubjectCommand.Export.class, SubjectCommand.Erase.class})
public final class SubjectCommand {

  @Command(name = "export", description = {
      "Everything stored under ID (a worker id or an application id) as readable JSON: events, findings, cases,",
      "decisions and the audit entries that name them. Audited (subject.export)."})
  static final class Export implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID") String id;
    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output") Path out;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      ObjectNode doc;
      try (Database db = store.open()) {
        doc = new SubjectRecords(db.dataSource(), new AuditLog(db.dataSource()), Clock.systemUTC())
            .export(id, RetentionCommand.actor());
      }
      String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }

  @Command(name = "erase", description = {
      "Removes everything stored under ID except the audit log, which records the erasure (its tombstone).",
      "Refused (exit 3) while a case under legal hold names ID, unless --override-hold gives the reason."})
  static final class Erase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID") String id;
    @Option(names = "--override-hold", paramLabel = "REASON",
        description = "erase despite a legal hold; the reason goes to the audit log") String overrideHold;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = store.open()) {
        AuditEntry tombstone = new SubjectRecords(db.dataSource(), new AuditLog(db.dataSource()), Clock.systemUTC())
            .erase(id, RetentionCommand.actor(), overrideHold);
        spec.commandLine().getOut().println("erased " + id + ": " + tombstone.detail() + " (audit entry " + tombstone.id() + ")");
        return 0;
      } catch (SubjectRecords.HeldException e) {
        spec.commandLine().getErr().println("daylight subject erase: " + e.getMessage());
        return 3;
      }
    }
  }
}
