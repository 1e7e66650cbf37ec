// For tests only: a small comparison of two reports written for Parallax's tests.
import { compareSources } from "../compare";
import type { Comparison } from "../types";

// Two short reports written for this test: they disagree on a number.
const A = {
  title: "Flood closes Riverton bridge",
  outlet: "Valley Courier",
  url: "https://courier.example/flood",
  text: "Heavy rain flooded the Riverton bridge on Tuesday, officials said.\n\nAbout 40 homes were evacuated near the river.\n\nThe local school stayed closed for the rest of the week.",
};
const B = {
  outlet: "Hill *County* News",
  text: "The Riverton bridge was flooded by heavy rain on Tuesday, according to officials.\n\nAbout 60 homes were evacuated near the river.\n\nVolunteers handed out blankets and hot meals.",
};

export function makeComparison(): Comparison {
  return { ...compareSources([A, B], { now: () => new Date("2031-03-05T10:00:00.000Z") }), id: "Exported000000001" };
}
