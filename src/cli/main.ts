import { version } from "../../package.json";
import type { Command } from "./args";
import { parseArgs, UsageError, USAGE } from "./args";
import { type CliIo, EXIT } from "./io";

type RunnableCommand = Exclude<Command, { name: "help" | "version" }>;

/**
 * Each command's module (and with it the core, the built-in data and their libraries) loads only when
 * that command runs, so `--version` and `--help` answer at once.
 */
async function runCommand(command: RunnableCommand, io: CliIo): Promise<number> {
  switch (command.name) {
    case "check":
      return (await import("./check")).runCheck(command, io);
    case "fix":
      return (await import("./fix")).runFix(command, io);
    case "learn-template":
      return (await import("./learn")).runLearn(command, io);
    case "overview":
      return (await import("./overview")).runOverview(command, io);
  }
}

/** The whole command line, testable: returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${USAGE}`);
    return EXIT.failure;
  }
  if (command.name === "help") {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command.name === "version") {
    io.stdout.write(`profielwijzer ${version}\n`);
    return EXIT.ok;
  }
  try {
    return await runCommand(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.failure;
    }
    const { isProfielwijzerError } = await import("../core/common");
    if (isProfielwijzerError(error)) {
      io.stderr.write(`${error.text[command.language]}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
