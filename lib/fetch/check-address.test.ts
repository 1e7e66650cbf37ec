import { describe, expect, it } from "vitest";
import { checkAddress, isIpLiteral } from "./check-address";

describe("checkAddress", () => {
  const refused = [
    "127.0.0.1",
    "127.255.255.254",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "[::1]",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "64:ff9b::10.0.0.1",
    "2002:7f00:0001::1",
    "2002:c0a8:0101::1",
    // Found in review (issue 13, finding 7): connected to the machine itself.
    "::ffff:0:127.0.0.1",
    "::ffff:0:7f00:1",
    "::ffff:0:10.0.0.1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "2001::1",
    "2001:2::1",
    "64:ff9b::192.168.0.1",
    "64:ff9b:1::8.8.8.8",
    "::127.0.0.1",
    "::8.8.8.8",
    "::2",
    "3fff::1",
    "5f00::1",
    "4000::1",
    "e000::1",
    "not-an-ip",
    "1.2.3",
    "256.1.1.1",
  ];
  const allowed = [
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "192.169.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    "::ffff:0:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:0808:0808::1",
    "2a00:1450:4001::200e",
    "2001:4860:4860::8888",
  ];

  it.each(refused)("refuses %s", (address) => expect(checkAddress(address).allowed).toBe(false));
  it.each(allowed)("allows %s", (address) => expect(checkAddress(address)).toEqual({ allowed: true }));

  it("names why an address is refused", () => {
    expect(checkAddress("169.254.169.254")).toEqual({ allowed: false, reason: "link-local (cloud metadata)" });
    expect(checkAddress("::1")).toMatchObject({ allowed: false, reason: "loopback" });
    expect(checkAddress("::ffff:0:127.0.0.1")).toEqual({ allowed: false, reason: "loopback, IPv4-translated" });
    expect(checkAddress("2001:0:4136:e378:8000:63bf:3fff:fdd2")).toEqual({ allowed: false, reason: "Teredo" });
    expect(checkAddress("4000::1")).toEqual({ allowed: false, reason: "not a public unicast address" });
  });

  it("tells IP literals from host names", () => {
    expect(isIpLiteral("127.0.0.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("example.com")).toBe(false);
  });
});
