package org.incidex.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the real command line in this JVM and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned; {@code errLines} has no empty lines. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    List<String> outLines() {
      return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    }
  }

  static synchronized Run run(String... args) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      int exit = Main.run(args);
      o.flush();
      e.flush();
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }
}
