import { BLOCKED_IPV4, BLOCKED_IPV6, EMBEDDED_IPV4, GLOBAL_UNICAST, inRange, parseIPv4, parseIPv6 } from "./address-rules";

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Whether a fetch may connect to this IP address; anything unparseable is refused. */
export function checkAddress(address: string): AddressVerdict {
  const ipv4 = parseIPv4(address);
  if (ipv4 !== null) return checkIPv4(ipv4);
  const ipv6 = parseIPv6(address);
  if (ipv6 === null) return { allowed: false, reason: "not an IP address" };
  const blocked = BLOCKED_IPV6.find((rule) => inRange(ipv6, rule, 128));
  if (blocked) return { allowed: false, reason: blocked.name };
  // An IPv6 address that carries an IPv4 one reaches that IPv4 host, so it is judged as that.
  const embedding = EMBEDDED_IPV4.find((rule) => inRange(ipv6, rule, 128));
  if (embedding) {
    const verdict = checkIPv4((ipv6 >> embedding.shift) & 0xffffffffn);
    return verdict.allowed ? verdict : { allowed: false, reason: `${verdict.reason}, ${embedding.name}` };
  }
  // An allow-list, not a block-list: a range nobody thought of is refused, not let through.
  return inRange(ipv6, GLOBAL_UNICAST, 128) ? { allowed: true } : { allowed: false, reason: "not a public unicast address" };
}

function checkIPv4(value: bigint): AddressVerdict {
  const blocked = BLOCKED_IPV4.find((rule) => inRange(value, rule, 32));
  return blocked ? { allowed: false, reason: blocked.name } : { allowed: true };
}

/** True for a literal IP (v4, or v6 with or without brackets) rather than a host name. */
export function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== null || (host.includes(":") && parseIPv6(host) !== null);
}
