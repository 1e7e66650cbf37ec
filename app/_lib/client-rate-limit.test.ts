import { describe, expect, it } from "vitest";
import { clientKeyOf, PEER_HEADER } from "./client-rate-limit";

const request = (headers: Record<string, string>) => new Request("http://localhost/api/comparisons", { method: "POST", headers });
const underServe = { PARALLAX_SOCKET_PEER: "1" };

describe("clientKeyOf", () => {
  it("counts the socket's address and ignores a client's own X-Forwarded-For when no proxy is trusted", () => {
    const spoofed = request({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientKeyOf(spoofed, underServe)).toBe("198.51.100.7");
  });

  it("reads X-Forwarded-For from the right past trusted proxies only when the socket is one of them", () => {
    const env = { ...underServe, PARALLAX_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" };
    const viaProxies = request({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });
    expect(clientKeyOf(viaProxies, env)).toBe("203.0.113.9");
    const direct = request({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" });
    expect(clientKeyOf(direct, env)).toBe("198.51.100.7");
  });

  it("trusts the peer header only under scripts/serve.mjs, which overwrites it on every request", () => {
    const forged = request({ [PEER_HEADER]: "9.9.9.9", "x-forwarded-for": "198.51.100.7" });
    expect(clientKeyOf(forged, {})).toBe("198.51.100.7");
  });

  it("under plain next start takes Next.js's last X-Forwarded-For entry as the peer", () => {
    expect(clientKeyOf(request({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), {})).toBe("198.51.100.7");
    const behindProxies = request({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });
    expect(clientKeyOf(behindProxies, { PARALLAX_TRUSTED_PROXIES: "10.0.0.0/8" })).toBe("203.0.113.9");
    expect(clientKeyOf(request({ "x-real-ip": "5.5.5.5" }), {})).toBe("unknown");
  });
});
