package io.daylight.app.security;

import io.daylight.store.AuditLog;
import io.daylight.store.ChainCheck;
import io.daylight.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "The append-only, hash-chained audit log.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

  @Command(name = "verify", description = {
      "Recomputes every row's hash and its link to the row before. Exit 0 when the chain is intact, 1 when",
      "a row was changed or removed. Prints the head hash: keep it elsewhere to detect removal of the newest rows."})
  static final class Verify implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = store.open()) {
        AuditLog log = new AuditLog(db.dataSource());
        ChainCheck c = log.verify();
        if (!c.intact()) {
          out.println("audit log BROKEN at row " + c.firstBrokenId() + ": " + c.problem() + " (" + c.rows() + " rows read)");
          return 1;
        }
        out.println("audit log intact: " + c.rows() + " rows, head " + log.head());
        return 0;
      }
    }
  }
}
