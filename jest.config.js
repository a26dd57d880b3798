const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
  ],
}

module.exports = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  reporters: ["default", ["<rootDir>/scripts/summary-reporter.js", { file: `${__dirname}/.test-results.json` }]],
  testMatch: [
    "<rootDir>/src/**/__tests__/**/*.spec.[jt]s",
    "<rootDir>/integration-tests/**/*.spec.[jt]s",
  ],
}
