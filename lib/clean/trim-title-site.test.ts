import { describe, expect, it } from "vitest";
import { splitTitleSite } from "./trim-title-site";

describe("splitTitleSite", () => {
  it("splits a suffix or prefix that is the given site name or outlet", () => {
    expect(splitTitleSite("Ferry fares rise again - Lakeport Times", { names: ["Lakeport Times"] })).toEqual({
      title: "Ferry fares rise again",
      site: "Lakeport Times",
    });
    expect(splitTitleSite("The Lakeport Times | Ferry fares rise again", { names: [null, "Lakeport Times"] })).toEqual({
      title: "Ferry fares rise again",
      site: "The Lakeport Times",
    });
    expect(splitTitleSite("Ferry fares rise again — LAKEPORT TIMES", { names: ["Lakeport Times"] })?.title).toBe("Ferry fares rise again");
  });

  it("splits a suffix that spells the page's web address", () => {
    const url = "https://www.lakeport-times.example/news/ferry";
    expect(splitTitleSite("Ferry fares rise again | Lakeport Times", { names: [], url })?.site).toBe("Lakeport Times");
  });

  it("splits a suffix when the rest is the headline the page prints", () => {
    const evidence = { names: [], headlines: ["Ferry fares rise again, operator says"] };
    expect(splitTitleSite("Ferry fares rise again, operator says - Harbour Courier", evidence)).toEqual({
      title: "Ferry fares rise again, operator says",
      site: "Harbour Courier",
    });
  });

  it("keeps a dash that belongs to the headline", () => {
    expect(splitTitleSite("Ferry fares rise - again", { names: ["Lakeport Times"] })).toBeNull();
    expect(splitTitleSite("Bridge vote: yes - by one vote", { names: [], headlines: ["Bridge vote"] })).toBeNull();
    expect(splitTitleSite("Lakeport Times", { names: ["Lakeport Times"] })).toBeNull();
  });
});
