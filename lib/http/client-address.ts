/**
 * Who is the client? Pure rules shared by the HTTP edge (scripts/serve.mts), which decides, and
 * the app, which reads the decision from X-Forwarded-For. No "server-only": the edge runs outside Next.
 */
import { isIP, isIPv4 } from "node:net";
import type { IncomingHttpHeaders } from "node:http";

/** Headers a client can forge; only a trusted proxy may set them. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** An address as written by a socket or a proxy, without IPv4-mapping, brackets or port; null if it is none. */
export function normaliseAddress(raw: string | undefined): string | null {
  let value = raw?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client's address. Without a trusted proxy it is the TCP peer, whatever the request claims.
 * Behind one, it is the rightmost X-Forwarded-For entry: the one the proxy appended for its own
 * peer; entries to its left came from the client and prove nothing.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const peer = normaliseAddress(socketAddress) ?? "unknown";
  if (!trustProxy) return peer;
  const entries = [forwardedFor ?? []].flat().join(",").split(",");
  return normaliseAddress(entries.at(-1)) ?? peer;
}

/**
 * At the edge, before Next sees the request: X-Forwarded-For becomes exactly the client's address,
 * and without a trusted proxy the other forwarding headers a client sent are dropped.
 */
export function settleForwardedHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustProxy: boolean): void {
  const address = clientAddress(socketAddress, headers["x-forwarded-for"], trustProxy);
  if (!trustProxy) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = address;
}

/** The address as the app reads it after the edge: the last X-Forwarded-For entry. */
export function addressFromHeaders(headers: Headers): string {
  return normaliseAddress(headers.get("x-forwarded-for")?.split(",").at(-1)) ?? "unknown";
}

/**
 * The key per-address limits count on: an IPv4 address, or an IPv6 address's /64 — one household
 * or server gets a whole /64, so counting single IPv6 addresses would let one client rotate freely.
 */
export function addressLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) =>
    part
      ? part.split(":").flatMap((g) => {
          if (!isIPv4(g)) return [g.padStart(4, "0")];
          const [a = 0, b = 0, c = 0, d = 0] = g.split(".").map(Number);
          return [((a << 8) | b).toString(16).padStart(4, "0"), ((c << 8) | d).toString(16).padStart(4, "0")];
        })
      : [];
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  return [...left, ...Array(8 - left.length - right.length).fill("0000"), ...right];
}
