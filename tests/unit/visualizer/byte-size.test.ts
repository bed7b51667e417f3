import { describe, expect, it } from "vitest";
import { formatBytes } from "@/app/_components/visualizer/byte-size";

describe("formatBytes", () => {
  it("keeps bytes whole and uses binary units above 1023", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1024)).toBe("1.0 KiB");
    expect(formatBytes(1229)).toBe("1.2 KiB");
    expect(formatBytes(20 * 1024 + 300)).toBe("20 KiB");
    expect(formatBytes(3.4 * 1024 * 1024)).toBe("3.4 MiB");
  });

  it("carries a rounding up to the next unit and keeps a negative sign", () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe("1.0 MiB");
    expect(formatBytes(-2238)).toBe("−2.2 KiB");
    expect(formatBytes(-12)).toBe("−12 B");
  });
});
