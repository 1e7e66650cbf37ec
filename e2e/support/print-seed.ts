// Prints the seed story's Comparison as JSON, straight from the engine. The browser tests read
// their expected counts and texts from this, so they follow the engine as it is tuned.
import { loadSeedComparison } from "../../app/_server/seed-story";

process.stdout.write(JSON.stringify(loadSeedComparison()));
