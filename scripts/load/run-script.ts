// The load and crash scripts end the same way: exit with main's code, or print the fault and exit 1.
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
