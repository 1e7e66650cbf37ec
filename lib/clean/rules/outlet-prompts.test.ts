// The outlet's own voice beside the story (tip lines, membership, follow, audio and video
// prompts, self-promotion), bylines sharing a line with credits, dated mastheads and link lines
// in sentence case: lines each rule must take, and story lines no rule may take. All invented.

import { describe, expect, it } from "vitest";
import type { CleanRule } from "./rule-types";
import { applyRules, CLEAN_RULES } from "./clean-rules";
import { CREDIT_RULES } from "./credits";
import { MASTHEAD_RULES } from "./masthead";
import { followPrompt, mediaPrompt, membershipPitch, republicationNotice, selfPromotion, tipLine } from "./outlet-prompts";
import { pageFurniture, subscriptionPitch } from "./reader-prompts";
import { RELATED_LINK_RULES } from "./related-links";

const STORY = "The Lakeport council approved the new harbour bridge on Tuesday after a long debate.";

/** The rule that takes `line` as the second paragraph of a small story, or null. */
function takenBy(rules: readonly CleanRule[], line: string): string | null {
  return applyRules([STORY, line, STORY], rules).find((hit) => hit.index === 1)?.rule.name ?? null;
}

const CASES: [string, readonly CleanRule[], string[]][] = [
  ["tip lines", [tipLine], [
    "Send us your news tips at tips@lakeport.example", "Got a story tip? Email our newsroom.", "Have a tip? Contact us securely.",
    "Contact us at news@lakeport.example", "Reach our reporters with tips for our newsroom on the usual channels",
    "Do you have a story? Email news@lakeport.example", "Got a story for us?", "Email news@lakeport.example",
  ]],
  ["membership appeals", [membershipPitch], [
    "Support our journalism: become a member today.", "Become a supporter of the Lakeport Times.",
    "The Lakeport Times is reader-funded.", "Donate now to keep the harbour desk running.",
    "Help fund independent local reporting", "Journalism like this is paid for by readers like you.",
  ]],
  ["follow prompts", [followPrompt], [
    "Follow the Lakeport Times on social media for the latest news.", "Follow our live coverage of the storm.",
    "For updates, follow us on Bluesky",
  ]],
  ["audio and video prompts", [mediaPrompt], [
    "Listen to the full interview on Harbour Radio at 6 p.m.", "Watch the video above.", "Tune in to our evening bulletin at 7 p.m.",
    "Hear the whole programme again on our app", "Listen: our morning programme has more on the storm.",
    "Play the full interview", "Watch: the full interview with the mayor",
  ]],
  ["self-promotion", [selfPromotion], [
    "See our archive for earlier reporting on the bridge.", "We have reported on the harbour bridge since 2019.",
    "Read our full coverage of the election.", "This story is part of our series on rural schools.",
    "We've been covering the harbour for decades.",
  ]],
  ["republication notices", [republicationNotice], [
    "This article was originally published on Lakeport Post.", "Originally published by Harbour Radio.",
    "This story is republished with permission.",
  ]],
  ["page furniture run together or told to screen readers", [pageFurniture], [
    "Advertisement · Scroll to continue", "Skip to main content | Menu", "Our Standards: The Lakeport Trust Principles., opens new tab",
  ]],
  ["contributor lines and labelled captions", CREDIT_RULES, [
    "Lakeport Times writer Ana Lind contributed to this report.", "Tom Roe contributed reporting from Kessel.",
    "Image caption, Ferry passengers queue at the port", "Caption: The harbour bridge at dusk",
  ]],
  ["subscription pitches in mid-line", [subscriptionPitch], [
    "If you enjoyed this, subscribe to Lakeport Weekly and never miss a story.", "Never miss an update from the harbour desk",
    "If you value this reporting, please support us.",
  ]],
  ["bylines with credits", CREDIT_RULES, [
    "By Lakeport Times staff | Photo: City archive", "By our correspondent", "Jane Doe, Transport Correspondent",
    "By Ana Lind · 3 June 2031", "By Ana Lind | 3 min read",
  ]],
  ["dated mastheads", MASTHEAD_RULES, [
    "Harbour Radio News - 4 June 2031, 18:00", "Lakeport Times | Politics | Monday 2 June 2031", "World · June 4, 2031",
    "Lakeport Courier | Local news", "HARBOUR BUSINESS WEEKLY - Industry",
  ]],
  ["link lines in sentence case", RELATED_LINK_RULES, [
    "Read more: Ferry fares rise for the third year", "Related: Harbour bridge costs soar | Mayor faces recall vote | Rail strike ends",
    "Watch: Rescuers reach stranded hikers", "Video: Crowds gather at the new bridge", "See also — Why do bridges sway in the wind?",
  ]],
];

/** Story lines, many of them one word away from a prompt. */
const NEAR_MISSES = [
  "Subscribers to the utility will pay 4% more.", "Police followed the suspect to the port.",
  "Listen, the mayor told reporters, we will rebuild.", "Residents can subscribe to flood alerts from the council.",
  "Anyone who may have a tip is asked to call police.", "Police received more than 200 tips from the public.",
  "She urged residents to become a member of the volunteer fire brigade.", "Thousands follow the mayor on Instagram.",
  "Watch parties were held across the city as the results came in.", "We have covered the costs ourselves, the club's treasurer said.",
  "Support for the plan has fallen to 40%.", "The fund will support local journalism in rural areas.",
  "Members of the council voted 31 to 14.", "The station will broadcast the debate live on Thursday.",
  "Listeners heard the explosion from 20 km away.", "He had been following the case for years.",
  "By 2030, the line will carry 40,000 passengers a day.", "Jane Doe, a local reporter, found the documents.",
  "Donate blood at the town hall on Friday.", "If you enjoyed the show, the band will return next year.",
  "Got any tips for first-time buyers?", "Share tips with your neighbours.", "Follow the signs on social housing estates to reach the centre.",
  "Watch out for the stream of traffic near the bridge.", "The app lets users sign up for alerts.",
  "Readers sent hundreds of tips after the first report.", "Our town will recover, she said.", "Read more slowly, the teacher advised.",
  "Subscriptions rose 12% in the quarter.", "The paper has covered the trial since 2019.", "Listen to the victims, the bishop urged.",
  "Latest: the bridge will open in 2034.", "He became a member of parliament in 2019.", "The museum is member-funded and free to enter.",
  "Fans can stream the match live on the league's app.", "Related talks began in May.", "Election Results - May 2031",
  "“Subscribe to nothing you cannot afford,” the adviser said.",
  "Kessel - Valmora ferry resumes", "Lakeport | Mayor quits",
  "First published in 1851, the Lakeport Times closed on Friday.", "The company contributed reporting tools to the project.",
  "The rules were first published in the official gazette on Monday.", "Advertising revenue fell 12% in the quarter.",
  "Play resumed after a rain delay of two hours.", "The band will play the full programme again on Sunday.",
  "Do you have a story like hers, the campaign asks in its leaflets.", "Police asked anyone with information to email the inquiry team.",
];

describe.each(CASES)("%s", (_name, rules, lines) => {
  it.each(lines)("takes %j", (line) => {
    expect(takenBy(rules, line)).not.toBeNull();
  });
});

describe("near misses", () => {
  it.each(NEAR_MISSES)("no rule takes %j", (line) => {
    expect(takenBy(CLEAN_RULES, line)).toBeNull();
  });
});
