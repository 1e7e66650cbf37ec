// Request bodies for the load and crash scripts: two short invented reports of one event whose
// numbers change with `n`, so every comparison stored is a different one.
export function createRequestBody(n: number): string {
  const homes = 20 + (n % 50);
  const a = [
    `Heavy rain flooded the Riverton bridge on Tuesday, officials said (report ${n}).`,
    `About ${homes} homes were evacuated near the river.`,
    "Mayor Ana Lopez said the bridge would reopen within two weeks.",
    "Engineers from the county inspected the bridge supports on Wednesday.",
  ].join("\n\n");
  const b = [
    "The Riverton bridge was flooded by heavy rain on Tuesday, according to officials.",
    `About ${homes + 5} homes were evacuated near the river.`,
    "Mayor Ana Lopez said the bridge would reopen in a few days.",
    "Volunteers handed out blankets and hot meals.",
  ].join("\n\n");
  return JSON.stringify({ sources: [{ text: a, title: `Flood closes Riverton bridge ${n}`, outlet: "Valley Courier" }, { text: b, outlet: "Hill County News" }] });
}

/** The comparison inside a 201 answer, as the exact text the server sent. */
export function comparisonTextOf(createdBody: string): string {
  return createdBody.slice(createdBody.indexOf('"comparison":') + '"comparison":'.length, -1);
}
