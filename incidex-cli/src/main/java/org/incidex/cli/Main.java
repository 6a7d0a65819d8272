package org.incidex.cli;

/** Placeholder entry point until the subcommands land in this commit series. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("incidex");
  }
}
