/* eslint-disable no-undef */
/**
 * Custom-function metadata in other languages. functions.json (English) is
 * generated from the JSDoc in src/functions/functions.ts; each
 * src/functions/locales/<locale>.json translates its descriptions, and
 * functions.<locale>.json is that metadata with the translations put in. The
 * manifest points Excel at it with <bt:Override Locale="<locale>"> on
 * Functions.Metadata.Url. Ids, names and argument names stay as they are, so a
 * workbook's formulas read the same in every language.
 *
 * A translation that misses a function or an argument, or names one that no
 * longer exists, fails the build: the two languages cannot drift apart.
 */
const fs = require("fs");
const path = require("path");

const localesDir = path.join(__dirname, "../src/functions/locales");

/** The translations, one per locale file: [{ locale, docs, functions }]. */
function loadLocales(dir = localesDir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const translation = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
      if (translation.locale !== path.basename(f, ".json"))
        throw new Error(`${f}: "locale" is ${JSON.stringify(translation.locale)}, expected the file's name`);
      return translation;
    });
}

/** The name of a locale's metadata file next to functions.json. */
const metadataFile = (locale) => `functions.${locale}.json`;

/** The help page of a locale (docs/functions.html → docs/functions.<locale>.html). */
const helpUrlFor = (helpUrl, locale) => helpUrl && helpUrl.replace(/functions\.html/, `functions.${locale}.html`);

const blank = (s) => typeof s !== "string" || s.trim() === "";

/** Every way a translation does not cover the metadata exactly, as readable lines. */
function translationProblems(functions, translation) {
  const where = `src/functions/locales/${translation.locale}.json`;
  const problems = [];
  const known = new Set(functions.map((f) => f.id));
  for (const id of Object.keys(translation.functions)) if (!known.has(id)) problems.push(`${where}: ${id} is not a function`);
  for (const f of functions) {
    const t = translation.functions[f.id];
    if (!t) {
      problems.push(`${where}: ${f.id} is missing`);
      continue;
    }
    if (blank(t.description)) problems.push(`${where}: ${f.id} has no description`);
    const params = new Set((f.parameters || []).map((p) => p.name));
    for (const name of params) if (blank((t.parameters || {})[name])) problems.push(`${where}: ${f.id}(${name}) has no description`);
    for (const name of Object.keys(t.parameters || {}))
      if (!params.has(name)) problems.push(`${where}: ${f.id} has no argument ${name}`);
  }
  return problems;
}

/** functions.json's metadata in another language; throws listing every gap in the translation. */
function localizeMetadata(metadata, translation) {
  const problems = translationProblems(metadata.functions, translation);
  if (problems.length) throw new Error(problems.join("\n"));
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const t = translation.functions[f.id];
      const localized = {
        ...f,
        description: t.description,
        parameters: (f.parameters || []).map((p) => ({ ...p, description: t.parameters[p.name] })),
      };
      if (f.helpUrl) localized.helpUrl = helpUrlFor(f.helpUrl, translation.locale);
      return localized;
    }),
  };
}

/** Webpack: emits functions.<locale>.json beside the functions.json the metadata plugin emits. */
class LocalizedFunctionsMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || "functions.json";
    this.dir = options.dir || localesDir;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.contextDependencies.add(this.dir);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported why
          const metadata = JSON.parse(asset.source.source().toString());
          for (const f of fs.readdirSync(this.dir)) compilation.fileDependencies.add(path.join(this.dir, f));
          for (const translation of loadLocales(this.dir)) {
            try {
              const json = JSON.stringify(localizeMetadata(metadata, translation), null, 2);
              compilation.emitAsset(metadataFile(translation.locale), new sources.RawSource(json));
            } catch (e) {
              compilation.errors.push(new WebpackError(e.message));
            }
          }
        }
      );
    });
  }
}

module.exports = { loadLocales, localizeMetadata, translationProblems, metadataFile, helpUrlFor, LocalizedFunctionsMetadataPlugin };
