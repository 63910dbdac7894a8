package io.daylight.app.security;

import io.daylight.store.AuditLog;
import io.daylight.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "token", description = "API tokens for ingestion and automation.",
    subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class, TokenCommand.ListTokens.class})
public final class TokenCommand {

  @Command(name = "create", description = {
      "Creates a token with one role and prints it once (only its hash is stored).",
      "Use it as: Authorization: Bearer <token>"})
  static final class Create implements Callable<Integer> {
    @Option(names = "--role", required = true, description = "admin, analyst, auditor or ingest") String role;
    @Option(names = "--label", defaultValue = "", description = "what the token is for") String label;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      ApiTokens.Issued t;
      try (Database db = store.open()) {
        t = new ApiTokens(db.dataSource()).create(r, label);
        new AuditLog(db.dataSource()).append("cli:" + System.getProperty("user.name"), "token.create", "token:" + t.id(),
            "{\"role\":\"" + r.wire() + "\"}");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(t.token());
      out.flush();
      spec.commandLine().getErr().println("token " + t.id() + " (" + r.wire() + ") created; it is shown only this once");
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revokes a token by its id (the part after dl_ and before the next _).")
  static final class Revoke implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID") String id;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = store.open()) {
        if (!new ApiTokens(db.dataSource()).revoke(id)) {
          spec.commandLine().getErr().println("daylight token revoke: no active token " + id);
          return 1;
        }
        new AuditLog(db.dataSource()).append("cli:" + System.getProperty("user.name"), "token.revoke", "token:" + id, null);
      }
      spec.commandLine().getOut().println("token " + id + " revoked");
      return 0;
    }
  }

  @Command(name = "list", description = "Lists tokens (ids and roles; secrets are not stored).")
  static final class ListTokens implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = store.open()) {
        for (ApiTokens.Info t : new ApiTokens(db.dataSource()).list()) {
          out.printf("%s\t%s\t%s\t%s%n", t.id(), t.role().wire(), t.revokedAt() == null ? "active" : "revoked " + t.revokedAt(),
              t.label());
        }
      }
      return 0;
    }
  }
}
