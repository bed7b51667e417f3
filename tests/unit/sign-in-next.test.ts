import { describe, expect, it } from "vitest";
import { authErrorMessage, TOO_MANY_ATTEMPTS } from "@/app/_components/auth/auth-errors";
import { homeOf, sameSitePath, withNext } from "@/app/_components/auth/next-path";

describe("the page after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(sameSitePath("/account")).toBe("/account");
    expect(sameSitePath("/exercises/collect-the-cycle?tab=attempts")).toBe("/exercises/collect-the-cycle?tab=attempts");
  });

  it("drops anything that would leave the site or is not one path", () => {
    for (const next of ["//evil.example", "https://evil.example/", "evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", ""]) {
      expect(sameSitePath(next), next).toBeNull();
    }
    expect(sameSitePath(undefined)).toBeNull();
    // ?next=a&next=b: neither is trusted to be the one meant.
    expect(sameSitePath(["/account", "/progress"])).toBeNull();
  });

  it("goes to the role's home when there is no next", () => {
    expect(homeOf("learner")).toBe("/progress");
    expect(homeOf("teacher")).toBe("/classes");
  });

  it("carries next from sign-in to sign-up, encoded", () => {
    expect(withNext("/sign-up", "/exercises/a?b=c")).toBe("/sign-up?next=%2Fexercises%2Fa%3Fb%3Dc");
    expect(withNext("/sign-up", null)).toBe("/sign-up");
  });
});

describe("a refused request's message", () => {
  it("says how long to wait after too many attempts, and otherwise passes Better Auth's message on", () => {
    expect(authErrorMessage({ status: 429, message: "Too many requests. Please try again later." })).toBe(TOO_MANY_ATTEMPTS);
    expect(authErrorMessage({ status: 401, message: "Invalid email or password" })).toBe("Invalid email or password");
    expect(authErrorMessage({ status: 500 })).toMatch(/try again/);
  });
});
