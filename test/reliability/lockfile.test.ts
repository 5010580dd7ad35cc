/**
 * The lockfile as `npm ci` on a fresh machine needs it (npm 11.19 rejects an
 * entry without a version with "npm error Invalid Version:"), and install
 * scripts decided in package.json's `allowScripts`, so an install runs the same
 * scripts everywhere and prints nothing a newcomer must act on.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..", "..");
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), "utf8"));

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}

const lock = read("package-lock.json") as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const manifest = read("package.json") as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};

/** "node_modules/a/node_modules/@s/b" → "@s/b". */
const nameOf = (key: string) =>
  key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);

/** Entries that npm installs from the registry: every one but the root and workspace links. */
const installed = Object.entries(lock.packages).filter(([key, entry]) => key !== "" && !entry.link);

/** What is wrong with a lockfile's entries, one line each (empty when npm ci can install it). */
function lockProblems(packages: Record<string, LockEntry>): string[] {
  return Object.entries(packages)
    .filter(([key, entry]) => key !== "" && !entry.link)
    .flatMap(([key, entry]) => [
      ...(entry.version ? [] : [`${key}: no version`]),
      ...(entry.integrity ? [] : [`${key}: no integrity`]),
    ]);
}

describe("package-lock.json", () => {
  it("is a lockfile v3 with hundreds of installed entries", () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(installed.length).toBeGreaterThan(500);
  });

  it("gives every installed entry a version and an integrity hash", () => {
    expect(lockProblems(lock.packages)).toEqual([]);
  });

  it("the check names a placeholder entry (what npm/cli#9846's workaround wrote) and one without integrity", () => {
    const placeholder =
      "node_modules/unrs-resolver/node_modules/@unrs/resolver-binding-win32-x64-msvc";
    expect(
      lockProblems({
        "": { version: "1.0.0" },
        [placeholder]: {},
        "node_modules/a": { version: "1.0.0" },
        "node_modules/b": { version: "1.0.0", integrity: "sha512-x" },
        "packages/local": { link: true },
      })
    ).toEqual([
      `${placeholder}: no version`,
      `${placeholder}: no integrity`,
      "node_modules/a: no integrity",
    ]);
  });

  it("locks every dependency package.json names", () => {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const missing = Object.keys(declared).filter(
      (name) => !lock.packages[`node_modules/${name}`]?.version
    );
    expect(missing).toEqual([]);
  });
});

describe("install scripts", () => {
  const withScripts = [
    ...new Set(installed.filter(([, e]) => e.hasInstallScript).map(([key]) => nameOf(key))),
  ].sort();
  const decided = manifest.allowScripts ?? {};

  it("are each approved or denied in package.json's allowScripts (npm 11.19 warns about the rest)", () => {
    expect(withScripts.filter((name) => !(name in decided))).toEqual([]);
  });

  it("are decided only for packages that have them", () => {
    expect(
      Object.keys(decided).filter((name) => !withScripts.includes(name.replace(/@[^@/]+$/, "")))
    ).toEqual([]);
  });

  it("are denied for @parcel/watcher (its script builds from source only when asked; the prebuilt binary is a dependency) and core-js-pure (a banner)", () => {
    expect(decided).toEqual({ "@parcel/watcher": false, "core-js-pure": false });
  });
});
