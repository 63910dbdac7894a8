package io.daylight.app.security;

import io.daylight.store.AuditLog;
import io.daylight.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Local accounts for the console and API.",
    subcommands = {UserCommand.Add.class, UserCommand.Disable.class})
public final class UserCommand {

  @Command(name = "add", description = {
      "Creates an account (or resets its role and password). The password is read from the first line of",
      "standard input (at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters); there is no default password.",
      "Example: printf '%s\\n' \"$PASSWORD\" | daylight user add alice --role analyst"})
  static final class Add implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--role", required = true, description = "admin, analyst, auditor or ingest") String role;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (password == null || password.length() < PasswordHasher.MIN_PASSWORD_LENGTH) {
        err.println("daylight user add: give a password of at least " + PasswordHasher.MIN_PASSWORD_LENGTH
            + " characters on standard input");
        return 2;
      }
      Role r = Role.parse(role);
      try (Database db = store.open()) {
        new Accounts(db.dataSource(), new PasswordHasher()).put(name, r, password);
        new AuditLog(db.dataSource()).append("cli:" + System.getProperty("user.name"), "account.put", "account:" + name,
            "{\"role\":\"" + r.wire() + "\"}");
      }
      spec.commandLine().getOut().println("account " + name + " (" + r.wire() + ") saved");
      return 0;
    }
  }

  @Command(name = "disable", description = "Disables an account: it can no longer sign in.")
  static final class Disable implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = store.open()) {
        if (!new Accounts(db.dataSource(), new PasswordHasher()).disable(name)) {
          spec.commandLine().getErr().println("daylight user disable: no account " + name);
          return 1;
        }
        new AuditLog(db.dataSource()).append("cli:" + System.getProperty("user.name"), "account.disable", "account:" + name, null);
      }
      spec.commandLine().getOut().println("account " + name + " disabled");
      return 0;
    }
  }
}
