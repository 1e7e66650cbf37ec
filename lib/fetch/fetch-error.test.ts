import { describe, expect, it } from "vitest";
import { describeBlockedAddress, describeUnreachable } from "./fetch-error";

describe("describeUnreachable", () => {
  it("says in words what a system error code means", () => {
    const text = describeUnreachable("nosuch.example", "ENOTFOUND");
    expect(text).toBe("nosuch.example could not be reached: no site by that name was found; check the address for typos. Check the address, or paste the article's text instead.");
    expect(text).not.toContain("ENOTFOUND");
    expect(describeUnreachable("news.example", "ECONNREFUSED")).toContain("the site refused the connection");
    expect(describeUnreachable("news.example", "ERR_TLS_CERT_ALTNAME_INVALID")).toContain("security certificate is not valid");
  });

  it("falls back to a plain sentence for codes it does not know, never the code itself", () => {
    const text = describeUnreachable("news.example", "EWEIRD");
    expect(text).toContain("the connection failed");
    expect(text).not.toContain("EWEIRD");
  });
});

describe("describeBlockedAddress", () => {
  it("does not repeat an address given as the host", () => {
    expect(describeBlockedAddress("10.255.255.1", "10.255.255.1", "private network")).toBe(
      "10.255.255.1, a private network address, is not on the public web. Only public web pages are fetched; paste the article's text instead.",
    );
  });

  it("names where a host name leads", () => {
    expect(describeBlockedAddress("intranet.example", "10.0.0.5", "private network")).toMatch(/^intranet\.example leads to 10\.0\.0\.5, a private network address/);
  });
});
