// A failure the user can fix (bad configuration, unreachable database). Scripts print its
// message as one line and exit 1; anything else is a bug and keeps its stack trace.
export class CliError extends Error {
  override name = "CliError";
}

export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof CliError || (err instanceof Error && err.name === "MigrationError")) {
      console.error(`${name}: ${err.message}`);
    } else {
      console.error(`${name}: unexpected failure`, err);
    }
    process.exit(1);
  }
}
