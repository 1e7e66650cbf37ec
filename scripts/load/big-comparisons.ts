// Large comparisons for the page-read load run and the page bench: synthetic stories of
// `sources` × `sentences` (test-support/make-synthetic.ts), created once through the API.
import { createRandom, makeSyntheticStory } from "../../test-support/make-synthetic";

export interface BigShape {
  sources: number;
  sentences: number;
}

export function createBigRequestBody(shape: BigShape, seed = 7): string {
  const story = makeSyntheticStory(shape.sources, shape.sentences, createRandom(seed));
  return JSON.stringify({ sources: story.map((source) => ({ text: source.text, outlet: source.outlet })) });
}

/** Creates one comparison of the given shape; answers its id and the 201's whole text. */
export async function createBigComparison(base: string, shape: BigShape, seed = 7): Promise<{ id: string; body: string }> {
  const response = await fetch(`${base}/api/comparisons`, { method: "POST", headers: { "content-type": "application/json" }, body: createBigRequestBody(shape, seed) });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`creating a ${shape.sources} × ${shape.sentences} comparison answered ${response.status}: ${text.slice(0, 300)}`);
  return { id: (JSON.parse(text) as { id: string }).id, body: text };
}
