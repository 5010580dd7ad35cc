/**
 * LibreOffice as an independent formula engine: converts xlsx files to xlsx
 * headless, which recalculates them, so the converted files carry
 * LibreOffice's results of our native formulas.
 *
 * By default LibreOffice keeps the cached results an xlsx file already has
 * (Tools > Options > Calc > Formula > "Recalculation on file load: Never").
 * A fresh profile per run sets it to "Always" (OOXMLRecalcMode = 0), so every
 * formula of the file is computed by LibreOffice, the input sheet's included;
 * a fresh profile also keeps parallel runs from clashing.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

/** The soffice executable on PATH or in a usual place, or undefined. */
export function findSoffice(
  pathVariable: string = process.env.PATH ?? "",
  candidates: readonly string[] = CANDIDATES
): string | undefined {
  const onPath = pathVariable
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => ["soffice", "libreoffice"].map((name) => path.join(dir, name)));
  return [...onPath, ...candidates].find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** soffice's path, or an error that says how to install it (the LibreOffice tests fail with it, they never skip). */
export function requireSoffice(find: () => string | undefined = findSoffice): string {
  const soffice = find();
  if (!soffice) {
    throw new Error(
      "LibreOffice (soffice) is not installed, and this test needs it as the independent check " +
        "of the exported formulas. Install it (Debian/Ubuntu: apt-get install -y libreoffice-calc-nogui; " +
        "CI does this in .ci/run) and run the tests again."
    );
  }
  return soffice;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates xlsx files with LibreOffice; returns the converted files'
 * paths (in `outDir`, same base names). One soffice process for all files.
 */
export async function recalculateWithLibreOffice(
  files: readonly string[],
  outDir: string
): Promise<string[]> {
  const soffice = requireSoffice();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  fs.mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nologo",
    "--calc",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...files,
  ];
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, args, { timeout: 100_000 }, (error, stdout, stderr) =>
        error
          ? reject(new Error(`soffice failed: ${error.message}\n${stdout}\n${stderr}`))
          : resolve()
      )
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const converted = path.join(outDir, path.basename(file));
    if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
    return converted;
  });
}
