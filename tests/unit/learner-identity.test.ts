import { describe, expect, it } from "vitest";

process.env.HEAPWISE_SECRET = "a test key";
const { signLearner, verifyLearner } = await import("@/app/_server/auth/guest-cookie");

describe("the learner cookie", () => {
  it("carries a user id that only the server's key can sign", () => {
    const value = signLearner("user-123");
    expect(verifyLearner(value)).toBe("user-123");
    expect(verifyLearner(value.replace("user-123", "user-124"))).toBeNull();
    expect(verifyLearner(`${value}x`)).toBeNull();
    expect(verifyLearner("user-123")).toBeNull();
    expect(verifyLearner(undefined)).toBeNull();
  });
});
