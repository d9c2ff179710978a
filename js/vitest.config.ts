import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["client/test/**/*.test.ts", "app/src/**/*.test.ts"],
    testTimeout: 30000,
  },
});
