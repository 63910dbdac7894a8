package io.daylight.app;

import io.daylight.adapters.cli.ImportCommand;
import io.daylight.agent.AgentCommand;
import io.daylight.app.bench.BenchCommand;
import io.daylight.app.cli.LinkCommand;
import io.daylight.app.demo.DemoCommand;
import io.daylight.app.privacy.RetentionCommand;
import io.daylight.app.privacy.SubjectCommand;
import io.daylight.app.scan.ScanCommand;
import io.daylight.app.security.AuditCommand;
import io.daylight.app.security.TokenCommand;
import io.daylight.app.security.UserCommand;
import io.daylight.app.serve.ServeCommand;
import io.daylight.flink.cli.SubmitCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one CLI: {@code daylight scan | serve | demo | bench | ...}. */
@Command(name = "daylight", mixinStandardHelpOptions = true, version = "daylight 0.1.0",
    description = "Finds remote workers who are not where, or not who, they say they are.",
    subcommands = {ScanCommand.class, io.daylight.app.calibrate.CalibrateCommand.class, ServeCommand.class, DemoCommand.class, ImportCommand.class, BenchCommand.class,
        UserCommand.class, TokenCommand.class, AuditCommand.class, LinkCommand.class, AgentCommand.class,
        RetentionCommand.class, SubjectCommand.class, io.daylight.app.privacy.PseudonymsCommand.class,
        io.daylight.app.accuracy.AccuracyCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // Constructed here rather than by annotation: the job needs the detector suite it ships.
    cl.addSubcommand("submit", new SubmitCommand(StandardSuite::forSubmit));
    return cl;
  }
}
