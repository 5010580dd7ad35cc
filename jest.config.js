/**
 * Test projects, by what they need besides Node:
 * - unit, ui: nothing (no build, no browser, no LibreOffice): `npm run test:unit`, under a minute;
 * - scale: nothing either, but tens of thousands of rows through the simulated host;
 * - built: the built add-in (dist/) or command line, loaded as Excel or a user would;
 * - libreoffice: LibreOffice recalculating exported files (`soffice`);
 * - e2e: the built playground in headless Chromium.
 * `npm test` runs them all (what CI runs).
 * @type {import('jest').Config}
 */
const tsJest = [
  "ts-jest",
  { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } },
];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

/** Tests that load dist/ or build the command line. */
const BUILT = [
  "<rootDir>/test/bundle/",
  "<rootDir>/test/docs/",
  "<rootDir>/test/functions/localizedMetadata.test.ts",
  "<rootDir>/test/excel-simulator/customFunctions.test.ts",
  "<rootDir>/test/export/cli.test.ts",
  "<rootDir>/test/export/cliBatch.test.ts",
  "<rootDir>/test/reliability/functionsProperties.test.ts",
  "<rootDir>/test/reliability/localizedErrorsProperties.test.ts",
  "<rootDir>/test/reliability/productionBuild.test.ts",
  "<rootDir>/test/reliability/shipped.test.ts",
];
const LIBREOFFICE = ["<rootDir>/test/export/libreoffice"];
/**
 * Unit tests at scale (`*.scale.test.ts`: thousands of rows through the
 * simulated host, or a build under its byte budget): they need nothing but
 * Node, and run with `npm test`, not `npm run test:unit`.
 */
const SCALE = "\\.scale\\.test\\.ts$";

const node = {
  ...common,
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/officeJs.ts"],
};

module.exports = {
  projects: [
    {
      ...node,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/", ...BUILT, ...LIBREOFFICE, SCALE],
    },
    {
      ...node,
      displayName: "scale",
      testMatch: ["<rootDir>/test/**/*.scale.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/jestDom.ts"],
    },
    {
      ...node,
      displayName: "built",
      globalSetup: "<rootDir>/test/setup/buildOnce.js",
      testMatch: BUILT.map((p) => (p.endsWith("/") ? `${p}**/*.test.ts` : p)),
    },
    {
      ...node,
      displayName: "libreoffice",
      testMatch: LIBREOFFICE.map((p) => `${p}*.test.ts`),
    },
    {
      ...node,
      displayName: "e2e",
      globalSetup: "<rootDir>/test/setup/buildOnce.js",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
