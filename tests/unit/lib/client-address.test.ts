import { expect, test } from "vitest";
import { addressFromHeaders, addressLimitKey, clientAddress, normaliseAddress, settleForwardedHeaders } from "@/lib/http/client-address";

test.each([
  { raw: "203.0.113.7", expected: "203.0.113.7" },
  { raw: " ::ffff:127.0.0.2 ", expected: "127.0.0.2" },
  { raw: "203.0.113.7:51234", expected: "203.0.113.7" },
  { raw: "[2001:db8::1]:443", expected: "2001:db8::1" },
  { raw: "2001:DB8::1", expected: "2001:db8::1" },
  { raw: "unknown", expected: null },
  { raw: "evil.example", expected: null },
  { raw: "", expected: null },
  { raw: undefined, expected: null },
])("normaliseAddress($raw)", ({ raw, expected }) => expect(normaliseAddress(raw)).toBe(expected));

test("without a trusted proxy the socket's address wins over anything the client claims", () => {
  expect(clientAddress("::ffff:198.51.100.4", "203.0.113.9", false)).toBe("198.51.100.4");
  expect(clientAddress("198.51.100.4", ["203.0.113.9", "192.0.2.1"], false)).toBe("198.51.100.4");
  expect(clientAddress(undefined, undefined, false)).toBe("unknown");
});

test("behind a trusted proxy the rightmost X-Forwarded-For entry is the client", () => {
  // The client sent "spoofed"; the proxy appended the peer it saw.
  expect(clientAddress("10.0.0.2", "203.0.113.9, 198.51.100.4", true)).toBe("198.51.100.4");
  expect(clientAddress("10.0.0.2", ["203.0.113.9", "198.51.100.4"], true)).toBe("198.51.100.4");
  // No header, or garbage in the proxy's slot: fall back to the peer.
  expect(clientAddress("10.0.0.2", undefined, true)).toBe("10.0.0.2");
  expect(clientAddress("10.0.0.2", "198.51.100.4, not-an-ip", true)).toBe("10.0.0.2");
});

test("the edge rewrites X-Forwarded-For and drops forged forwarding headers when no proxy is trusted", () => {
  const headers = { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", forwarded: "for=1.2.3.4", "x-real-ip": "1.2.3.4", host: "localhost:3000" };
  settleForwardedHeaders(headers, "::ffff:127.0.0.1", false);
  expect(headers).toEqual({ "x-forwarded-for": "127.0.0.1", host: "localhost:3000" });

  const proxied = { "x-forwarded-for": "203.0.113.9, 198.51.100.4", "x-forwarded-proto": "https", host: "framewise.example" };
  settleForwardedHeaders(proxied, "10.0.0.2", true);
  expect(proxied).toEqual({ "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https", host: "framewise.example" });
});

test("the app reads the last entry", () => {
  expect(addressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.4" }))).toBe("198.51.100.4");
  expect(addressFromHeaders(new Headers())).toBe("unknown");
});

test.each([
  { address: "198.51.100.4", key: "198.51.100.4" },
  { address: "2001:db8:1:2:3:4:5:6", key: "2001:0db8:0001:0002::/64" },
  { address: "2001:db8:1:2::ffff", key: "2001:0db8:0001:0002::/64" },
  { address: "2001:db8::", key: "2001:0db8:0000:0000::/64" },
  { address: "::1", key: "0000:0000:0000:0000::/64" },
  { address: "64:ff9b::192.0.2.33", key: "0064:ff9b:0000:0000::/64" },
])("addressLimitKey($address)", ({ address, key }) => expect(addressLimitKey(address)).toBe(key));
