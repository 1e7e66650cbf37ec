// Runs once when the server starts: a setting that would make every share link wrong stops it
// here, with a message naming the variable. Next.js only logs an error thrown from register()
// and then answers every page with a 500, so the process exits itself.
import { readPublicOrigin } from "./lib/public-origin";

export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    readPublicOrigin(process.env);
  } catch (error) {
    console.error(`Parallax cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
