import ipaddr from "ipaddr.js";

/** The range an IP address falls in ("unicast" means public); IPv4-mapped and IPv4-compatible IPv6 are judged as their IPv4 address. */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    // ::a.b.c.d (deprecated IPv4-compatible form): ipaddr.js calls it unicast, yet some stacks route it to the IPv4 address.
    else if (v6.parts.slice(0, 6).every((p) => p === 0) && v6.range() === "unicast") return "ipv4Compatible";
  }
  const text = parsed.toString();
  if (text === "169.254.169.254" || text === "fd00:ec2::254") return "metadata";
  return parsed.range();
}
