import { describe, expect, it } from "vitest";
import { encodeCitationOrdersMessage, parseCitationOrdersMessage } from "./citation-orders-message";

describe("citation-orders message", () => {
  it("round-trips and ignores other or malformed payloads", () => {
    const orders = { s1: ["c1", "c2"], s2: [] };
    expect(parseCitationOrdersMessage(encodeCitationOrdersMessage(orders))).toEqual(orders);
    expect(parseCitationOrdersMessage("stored:AAAA")).toBeNull();
    expect(parseCitationOrdersMessage("citation-orders:{not json")).toBeNull();
    expect(parseCitationOrdersMessage('citation-orders:{"s1":[1]}')).toBeNull();
    expect(parseCitationOrdersMessage('citation-orders:["c1"]')).toBeNull();
  });
});
