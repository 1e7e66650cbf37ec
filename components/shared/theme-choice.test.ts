import { describe, expect, it } from "vitest";
import { formatThemeCookie, parseThemeChoice, themeAttribute } from "./theme-choice";

describe("theme choice", () => {
  it("keeps light and dark and treats anything else as the system's", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice(undefined)).toBe("system");
    expect(parseThemeChoice("<script>")).toBe("system");
  });

  it("sets no attribute for the system's choice, so the media query decides", () => {
    expect(themeAttribute("system")).toBeUndefined();
    expect(themeAttribute("dark")).toBe("dark");
  });

  it("remembers a choice for a year and forgets it when the system is chosen", () => {
    expect(formatThemeCookie("dark")).toBe("parallax-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(formatThemeCookie("system")).toContain("Max-Age=0");
  });
});
