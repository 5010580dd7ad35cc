/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } }];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  globalSetup: "<rootDir>/test/setup/buildOnce.js",
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/"],
      setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/officeJs.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/jestDom.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/officeJs.ts"],
    },
  ],
};
