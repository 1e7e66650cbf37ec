import { describe, expect, it } from "vitest";
import { chooseClientAddress, normalizeAddress, parseTrustedProxies, splitForwardedFor } from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR ranges of both families", () => {
    expect(proxies.size).toBe(3);
    expect(proxies.has("127.0.0.1")).toBe(true);
    expect(proxies.has("10.200.3.4")).toBe(true);
    expect(proxies.has("::ffff:10.1.1.1")).toBe(true);
    expect(proxies.has("fd12::1")).toBe(true);
    expect(proxies.has("11.0.0.1")).toBe(false);
    expect(proxies.has("not an address")).toBe(false);
    expect(none.size).toBe(0);
    expect(parseTrustedProxies(" , ").size).toBe(0);
  });

  it("refuses anything that is not an address or range", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.0/8/8", "10.0.0.0/x", "::1/129", "10.0.0.0/"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/PARALLAX_TRUSTED_PROXIES/);
    }
  });
});

describe("normalizeAddress", () => {
  it("drops ports and brackets and rejects names", () => {
    expect(normalizeAddress(" 203.0.113.9:4711 ")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("unknown")).toBeNull();
  });
});

describe("chooseClientAddress", () => {
  it("takes the socket address and ignores the header when there is no trusted proxy", () => {
    expect(chooseClientAddress("198.51.100.7", ["1.2.3.4"], none)).toBe("198.51.100.7");
  });

  it("ignores the header when the peer is not one of our proxies", () => {
    expect(chooseClientAddress("198.51.100.7", ["1.2.3.4", "10.0.0.2"], proxies)).toBe("198.51.100.7");
  });

  it("walks the header from the right past our proxies, ignoring what the client wrote before", () => {
    expect(chooseClientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.9", "10.0.0.2"], proxies)).toBe("203.0.113.9");
    expect(chooseClientAddress("127.0.0.1", splitForwardedFor("6.6.6.6, 203.0.113.9:5000"), proxies)).toBe("203.0.113.9");
  });

  it("falls back to the leftmost entry, or the peer, when everything is a proxy", () => {
    expect(chooseClientAddress("127.0.0.1", ["10.0.0.3", "10.0.0.2"], proxies)).toBe("10.0.0.3");
    expect(chooseClientAddress("127.0.0.1", [], proxies)).toBe("127.0.0.1");
  });
});
