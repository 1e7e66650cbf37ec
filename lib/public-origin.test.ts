import { describe, expect, it } from "vitest";
import { readPublicOrigin } from "./public-origin";

describe("readPublicOrigin", () => {
  it("uses PARALLAX_PUBLIC_URL as the origin, a trailing slash or default port tidied away", () => {
    expect(readPublicOrigin({ PARALLAX_PUBLIC_URL: "https://parallax.example" })).toBe("https://parallax.example");
    expect(readPublicOrigin({ PARALLAX_PUBLIC_URL: " https://Parallax.example:443/ " })).toBe("https://parallax.example");
    expect(readPublicOrigin({ PARALLAX_PUBLIC_URL: "http://10.0.0.5:8080", PORT: "3440" })).toBe("http://10.0.0.5:8080");
  });

  it("falls back to localhost on PORT, or 3000, and never to anything a request says", () => {
    expect(readPublicOrigin({})).toBe("http://localhost:3000");
    expect(readPublicOrigin({ PARALLAX_PUBLIC_URL: "  ", PORT: "3440" })).toBe("http://localhost:3440");
    // The function takes no request at all: Host and X-Forwarded-Host cannot reach it.
    expect(readPublicOrigin.length).toBe(1);
  });

  it.each([
    ["parallax.example", "not a URL"],
    ["ftp://parallax.example", "http or https only"],
    ["javascript:alert(1)", "http or https only"],
    ["https://user:pw@parallax.example", "no user name or password"],
    ["https://parallax.example/app", "no path, query or fragment"],
    ["https://parallax.example/?x=1", "no path, query or fragment"],
    ["https://parallax.example/#top", "no path, query or fragment"],
  ])("refuses PARALLAX_PUBLIC_URL=%s (%s)", (value, why) => {
    expect(() => readPublicOrigin({ PARALLAX_PUBLIC_URL: value })).toThrow(`PARALLAX_PUBLIC_URL must be the site's origin, like https://parallax.example (${why})`);
  });

  it("refuses a PORT that is no port", () => {
    expect(() => readPublicOrigin({ PORT: "http" })).toThrow(/PORT must be a port number/);
    expect(() => readPublicOrigin({ PORT: "70000" })).toThrow(/PORT must be a port number/);
  });
});
