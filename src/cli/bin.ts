import { main } from "./main";

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, now: () => new Date() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Onverwachte fout / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
