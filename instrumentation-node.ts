// A setting that would make every share link wrong stops the server here, with a message
// naming the variable. Next.js only logs an error thrown from register() and then answers
// every page with a 500, so the process exits itself.
import { readContractVersion } from "./app/_lib/contract-version";
import { readPublicOrigin } from "./lib/public-origin";

try {
  readPublicOrigin(process.env);
  readContractVersion(process.env);
} catch (error) {
  console.error(`Parallax cannot start: ${(error as Error).message}`);
  process.exit(1);
}
