import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/auth/client-address";

describe("the client's address for sign-in throttling", () => {
  it("believes nothing without a trusted proxy: the client could have written the header itself", () => {
    expect(clientAddressFrom("203.0.113.7", 0)).toBeNull();
    expect(clientAddressFrom("198.51.100.1, 203.0.113.7", 0)).toBeNull();
  });

  it("takes the entry the trusted proxy appended, not what the client sent before it", () => {
    // Behind one proxy: the client sent "198.51.100.1"; the proxy appended the address it saw.
    expect(clientAddressFrom("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", 1)).toBe("203.0.113.7");
    // Behind a CDN and a load balancer: the load balancer appended the CDN's address.
    expect(clientAddressFrom("198.51.100.1, 203.0.113.7, 192.0.2.10", 2)).toBe("203.0.113.7");
    // A proxy that replaces the header rather than appending to it.
    expect(clientAddressFrom("203.0.113.7", 2)).toBe("203.0.113.7");
  });

  it("is unknown without a usable header", () => {
    expect(clientAddressFrom(null, 1)).toBeNull();
    expect(clientAddressFrom("", 1)).toBeNull();
    expect(clientAddressFrom(" , ", 1)).toBeNull();
    expect(clientAddressFrom("unknown", 1)).toBeNull();
    expect(clientAddressFrom("198.51.100.1, not-an-address", 1)).toBeNull();
  });

  it("writes one address one way: mapped IPv4, ports and an IPv6 host's /64", () => {
    expect(clientAddressFrom("::ffff:127.0.0.1", 1)).toBe("127.0.0.1");
    expect(clientAddressFrom("203.0.113.7:51234", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("[2001:db8:1:2::7]:443", 1)).toBe("2001:db8:1:2::/64");
    expect(clientAddressFrom("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 1)).toBe("2001:db8:1:2::/64");
    expect(clientAddressFrom("2001:0db8:0001:0002::1", 1)).toBe("2001:db8:1:2::/64");
    expect(clientAddressFrom("::1", 1)).toBe("::/64");
  });
});
