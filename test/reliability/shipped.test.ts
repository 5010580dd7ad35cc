/**
 * The add-in as software users install: what ships (runtime dependencies and
 * their licences), what the bundles may do (no network calls of their own), the
 * task pane's Content-Security-Policy (nothing office.js needs can be blocked),
 * the manifest, and no secrets in git.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLValidator } from "fast-xml-parser";
import { root } from "../support/builtBundle";

const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");

interface LockPackage {
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

describe("runtime dependencies", () => {
  const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, LockPackage> };
  const allowed = JSON.parse(read("licenses.allowed.json")) as {
    licenses: string[];
    packages: Record<string, string>;
  };
  const runtime = Object.entries(lock.packages).filter(
    ([p, v]) => p !== "" && !v.dev && !v.devOptional
  );

  /** An SPDX expression is allowed when an OR has one allowed side and an AND has all sides allowed. */
  function permitted(expression: string): boolean {
    const e = expression.trim().replace(/^\((.*)\)$/, "$1");
    if (/ OR /.test(e)) return e.split(/ OR /).some(permitted);
    if (/ AND /.test(e)) return e.split(/ AND /).every(permitted);
    return allowed.licenses.includes(e);
  }

  it("are few and all under permissive licences (or listed with the licence found in their files)", () => {
    expect(runtime.length).toBeGreaterThan(0);
    const refused = runtime
      .map(([p, v]) => ({ name: p.replace(/^.*node_modules\//, ""), license: v.license }))
      .filter(({ name, license }) => !(license && permitted(license)) && !allowed.packages[name]);
    expect(refused).toEqual([]);
  });

  it("never include a GPL-only library (HyperFormula stays a devDependency)", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(Object.keys(pkg.dependencies)).not.toContain("hyperformula");
    const gplOnly = runtime.filter(
      ([, v]) => v.license && /GPL/.test(v.license) && !/ OR /.test(v.license)
    );
    expect(gplOnly).toEqual([]);
  });
});

describe("the built add-in", () => {
  const shipped = ["dist/functions.js", "dist/taskpane.js"];

  it("makes no network calls of its own (fetch, XHR, WebSocket, beacons, EventSource)", () => {
    for (const file of shipped) {
      const code = read(file);
      const found =
        code.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/g) ??
        [];
      expect([file, found]).toEqual([file, []]);
    }
  });

  it("keeps Microsoft's Office.js client (@microsoft/office-js) a devDependency, out of the bundles", () => {
    // Its licence allows use "to design, develop and test" add-ins: the tests and the playground run it;
    // the add-in loads office.js from Microsoft's CDN (taskpane.html), never a copy of its own.
    const pkg = JSON.parse(read("package.json"));
    expect(Object.keys(pkg.devDependencies)).toContain("@microsoft/office-js");
    expect(Object.keys(pkg.dependencies)).not.toContain("@microsoft/office-js");
    const lock = JSON.parse(read("package-lock.json")).packages[
      "node_modules/@microsoft/office-js"
    ];
    expect(lock).toMatchObject({ dev: true, license: "LICENSE" });
    // Signatures of the client's code: its RichApi transport and request context.
    for (const file of shipped)
      expect([
        file,
        read(file).match(/setCustomSendRequestFunc|ProcessQuery|_KeepReference/g),
      ]).toEqual([file, null]);
    expect(read("src/taskpane/taskpane.html")).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
  });

  it("does not ship HyperFormula (GPL) or the simulated host in the add-in bundles", () => {
    // Signatures of HyperFormula's code and of excel-simulator, not words a comment might use.
    for (const file of shipped)
      expect([
        file,
        read(file).match(/gpl-v3|buildFromSheets|RequestPayloadSizeLimitExceeded/g),
      ]).toEqual([file, null]);
  });

  /**
   * The task pane's Content-Security-Policy restricts only what office.js never
   * uses (src/taskpane/taskpane.html says why): no directive that governs what
   * office.js loads or connects to (scripts, styles, images, fonts, XHR, frames,
   * workers), since Microsoft documents no list of them and it changes with its
   * CDN; and none that a meta element cannot carry.
   */
  it("has a task pane page whose CSP cannot block office.js: plugins and <base> only", () => {
    // Production builds minify the HTML (attribute quotes and comments go), development builds do not.
    const html = read("dist/taskpane.html").replace(/<!--[\s\S]*?-->/g, "");
    const csps = [
      ...html.matchAll(/http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/gi),
    ];
    expect(csps).toHaveLength(1);
    const directives = Object.fromEntries(
      csps[0][1]
        .split(";")
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name, values];
        })
    );
    expect(directives).toEqual({ "object-src": ["'none'"], "base-uri": ["'self'"] });
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => /^https?:/.test(s))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(scripts.filter((s) => !/^https?:/.test(s))).toEqual(["functions.js", "taskpane.js"]);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>\s*\S/); // no inline scripts
    expect(html).not.toMatch(/<base[\s>]/i);
  });

  // Microsoft's client is a devDependency from the branch that adds it to the playground; until then this check waits.
  const officeJs = path.join(root, "node_modules/@microsoft/office-js/dist");
  (fs.existsSync(officeJs) ? it : it.skip)(
    "relies on office.js creating no <object>, <embed> or <base> (what the CSP forbids)",
    () => {
      const scripts = (dir: string): string[] =>
        fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((e) =>
            e.isDirectory()
              ? scripts(path.join(dir, e.name))
              : e.name.endsWith(".js")
                ? [path.join(dir, e.name)]
                : []
          );
      // html2canvas (PowerPoint on the web only) makes a <base> inside its own cloned document, not the pane's.
      const files = scripts(officeJs).filter((f) => !/html2canvas/.test(f));
      expect(files.length).toBeGreaterThan(100);
      const offending = files.filter((f) =>
        /createElement\(\s*["'](object|embed|applet|base)["']|<(object|embed|applet|base)[\s>]/i.test(
          fs.readFileSync(f, "utf8")
        )
      );
      expect(offending.map((f) => path.relative(officeJs, f))).toEqual([]);
    }
  );
});

describe("manifest.xml, checked offline", () => {
  const xml = read("manifest.xml");

  const attributes = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]);

  it("is well-formed XML with an OfficeApp root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)?<OfficeApp /);
  });

  it("asks for ReadWriteDocument only, for the workbook host, with the shared runtime", () => {
    expect(attributes(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual(["ReadWriteDocument"]);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
  });

  it("defines every resid it uses, uses every one it defines, and defines each once", () => {
    const used = new Set(attributes(/resid="([^"]+)"/g));
    const defined = attributes(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((r) => !defined.includes(r))).toEqual([]);
    expect(defined.filter((d) => !used.has(d))).toEqual([]);
  });

  it("has unique control ids and a GUID", () => {
    const ids = attributes(/<(?:Group|Control|OfficeTab)[^>]* id="([^"]+)"/g).filter(
      (id) => id !== "TabHome"
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it("points every URL at the add-in's own origin, over https", () => {
    const urls = [
      ...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g),
      ...xml.matchAll(/<AppDomain>([^<]+)</g),
    ].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://localhost:3000"))).toEqual([]);
  });

  it("names the BSC namespace and files the build produces", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="BSC"\s*\/>/);
    for (const file of [
      "functions.js",
      "functions.json",
      "functions.id-ID.json",
      "taskpane.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-80.png",
      "docs/functions.html",
      "docs/functions.id-ID.html",
    ]) {
      expect(xml).toContain(`https://localhost:3000/${file}`);
      expect(fs.existsSync(path.join(root, "dist", file))).toBe(true);
    }
  });

  it("has icons of the sizes it declares", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(root, `assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("the repository", () => {
  it("commits no certificates or private keys", () => {
    const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");
    expect(files.filter((f) => /\.(pem|key|crt|pfx|p12)$/i.test(f))).toEqual([]);
    let keys = "";
    try {
      keys = execFileSync(
        "git",
        [
          "grep",
          "-l",
          "-I",
          "-e",
          "BEGIN [A-Z ]*PRIVATE KEY",
          "--",
          ".",
          ":!test/reliability/shipped.test.ts",
        ],
        {
          cwd: root,
          encoding: "utf8",
        }
      );
    } catch {
      keys = ""; // git grep exits 1 when nothing matches
    }
    expect(keys).toBe("");
  });
});
