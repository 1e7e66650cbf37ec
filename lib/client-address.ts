import { BlockList, isIP } from "node:net";

// Who is the client? The address on the socket, unless that address is one of our own reverse
// proxies: then X-Forwarded-For says whom the proxy was talking to. Each proxy appends the
// address it saw, so the list is read from the right, skipping our proxies; the first address
// that is not one of ours is the client. Entries left of it were written by the client itself
// and could be anything. BlockList is node:net's in-memory address matcher (no I/O).

export interface TrustedProxies {
  readonly size: number;
  has(address: string): boolean;
}

/** `[::1]:8080` → `::1`, `10.0.0.1:80` → `10.0.0.1`; null when it is not an address. */
export function normalizeAddress(raw: string): string | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  return isIP(text) ? text.toLowerCase() : null;
}

/**
 * PARALLAX_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of our own reverse
 * proxies ("127.0.0.1, 10.0.0.0/8, fd00::/8"). Unset or empty: no proxy, the socket counts.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split("/");
    const ip = normalizeAddress(address ?? "");
    const family = ip ? isIP(ip) : 0;
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (!ip || extra !== undefined || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix!)))) {
      throw new Error(`PARALLAX_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
  }
  return {
    size: entries.length,
    has(address) {
      const ip = normalizeAddress(address);
      return ip !== null && list.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** The entries of one or more X-Forwarded-For headers, in order, as written. */
export function splitForwardedFor(header: string | null | undefined): string[] {
  return (header ?? "").split(",").map((part) => part.trim()).filter(Boolean);
}

/**
 * The client's address: the peer itself unless it is a trusted proxy; then the rightmost
 * forwarded entry that is not a trusted proxy (if every entry is one, the leftmost).
 */
export function chooseClientAddress(peer: string, forwardedFor: readonly string[], trusted: TrustedProxies): string {
  if (!trusted.has(peer)) return normalizeAddress(peer) ?? peer;
  for (let k = forwardedFor.length - 1; k >= 0; k--) {
    const entry = forwardedFor[k]!;
    if (!trusted.has(entry)) return normalizeAddress(entry) ?? entry;
  }
  const first = forwardedFor[0];
  return first === undefined ? normalizeAddress(peer) ?? peer : normalizeAddress(first) ?? first;
}
