// Runs once when the server starts: settings that would make every share link wrong stop it
// here, with a message naming the variable, rather than surfacing later in pages.
import { readPublicOrigin } from "./lib/public-origin";

export function register(): void {
  readPublicOrigin(process.env);
}
