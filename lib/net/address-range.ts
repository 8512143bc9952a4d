import ipaddr from "ipaddr.js";

/** The range an IP address falls in ("unicast" means public); IPv4-mapped IPv6 is judged as its IPv4 address. */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const text = parsed.toString();
  if (text === "169.254.169.254" || text === "fd00:ec2::254") return "metadata";
  return parsed.range();
}

/** Whether the server may connect to this address: only public unicast (no loopback, private, link-local, CGNAT, multicast, metadata…). */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "unicast";
}
