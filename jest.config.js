/** Unit and integration tests run in Node; UI tests opt into jsdom per file; e2e drives Chromium. */
const transform = {
  "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
};

module.exports = {
  // Above the hostile tests' own hang limit (10 s), so a loaded machine fails on that limit, not Jest's
  // (a global option: Jest ignores it inside a project).
  testTimeout: 20000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/src/**/*.test.ts?(x)", "<rootDir>/test/**/*.test.ts?(x)"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
      testTimeout: 60000,
    },
  ],
};
