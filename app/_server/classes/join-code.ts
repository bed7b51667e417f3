import { randomInt } from "node:crypto";

/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read off a
 * projector and type. 31^8 ≈ 8.5e11 codes: guessing one is hopeless, and the sign-in rate limit's
 * neighbour (the general limit of 100 requests a minute) stops anyone trying many.
 */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** A code as typed: any case, spaces and dashes ignored ("abcd-2345" is ABCD2345). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}
