// Which addresses a server-side fetch may connect to. A user-supplied URL must never reach the
// machine itself, its private network, or cloud metadata endpoints (SSRF), so anything that is
// not an ordinary public unicast address is refused. Each range is a named rule; IPv6 forms
// that embed an IPv4 address are checked as that IPv4 address.

export interface AddressRule {
  name: string;
  /** Network address as 32 (IPv4) or 128 (IPv6) bits, and its prefix length. */
  network: bigint;
  prefix: number;
}

function v4(cidr: string, name: string): AddressRule {
  const [address, prefix] = cidr.split("/") as [string, string];
  return { name, network: parseIPv4(address)!, prefix: Number(prefix) };
}

function v6(cidr: string, name: string): AddressRule {
  const [address, prefix] = cidr.split("/") as [string, string];
  return { name, network: parseIPv6(address)!, prefix: Number(prefix) };
}

export const BLOCKED_IPV4: readonly AddressRule[] = [
  v4("0.0.0.0/8", "this network"),
  v4("10.0.0.0/8", "private network"),
  v4("100.64.0.0/10", "carrier-grade NAT"),
  v4("127.0.0.0/8", "loopback"),
  v4("169.254.0.0/16", "link-local (cloud metadata)"),
  v4("172.16.0.0/12", "private network"),
  v4("192.0.0.0/24", "IETF protocol assignments"),
  v4("192.0.2.0/24", "documentation"),
  v4("192.88.99.0/24", "6to4 relay"),
  v4("192.168.0.0/16", "private network"),
  v4("198.18.0.0/15", "benchmarking"),
  v4("198.51.100.0/24", "documentation"),
  v4("203.0.113.0/24", "documentation"),
  v4("224.0.0.0/4", "multicast"),
  v4("240.0.0.0/4", "reserved"),
];

/** Checked first, so a refusal names the range; then embedded IPv4, then GLOBAL_UNICAST. */
export const BLOCKED_IPV6: readonly AddressRule[] = [
  v6("::/128", "unspecified"),
  v6("::1/128", "loopback"),
  // Deprecated (RFC 4291); nothing public is reached this way, and ::a.b.c.d may reach a.b.c.d.
  v6("::/96", "IPv4-compatible"),
  v6("64:ff9b:1::/48", "local NAT64 (private network)"),
  v6("100::/64", "discard"),
  // Teredo (2001::/32) tunnels to an IPv4 host hidden in the address; the whole IETF block
  // holds no ordinary web server.
  v6("2001::/32", "Teredo"),
  v6("2001::/23", "IETF protocol assignments"),
  v6("2001:db8::/32", "documentation"),
  v6("3fff::/20", "documentation"),
  v6("5f00::/16", "segment routing"),
  v6("fc00::/7", "unique local (private network)"),
  v6("fe80::/10", "link-local"),
  v6("fec0::/10", "site-local"),
  v6("ff00::/8", "multicast"),
];

/** IPv6 ranges that carry an IPv4 address in their low (or, for 6to4, middle) bits. */
export const EMBEDDED_IPV4: readonly (AddressRule & { shift: bigint })[] = [
  { ...v6("::ffff:0:0/96", "IPv4-mapped"), shift: 0n },
  { ...v6("::ffff:0:0:0/96", "IPv4-translated"), shift: 0n },
  { ...v6("64:ff9b::/96", "NAT64"), shift: 0n },
  { ...v6("2002::/16", "6to4"), shift: 80n },
];

/** Past the rules above, only global unicast (2000::/3) is public; everything else is refused. */
export const GLOBAL_UNICAST: AddressRule = v6("2000::/3", "global unicast");

export function parseIPv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

export function parseIPv6(text: string): bigint | null {
  let address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets, zone id
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    const low = parseIPv4(dotted[1]!);
    if (low === null) return null;
    address = `${address.slice(0, dotted.index)}${(low >> 16n).toString(16)}:${(low & 0xffffn).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

export function inRange(value: bigint, rule: AddressRule, bits: number): boolean {
  const hostBits = BigInt(bits - rule.prefix);
  return value >> hostBits === rule.network >> hostBits;
}
