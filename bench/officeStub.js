/* eslint-disable no-undef */
/**
 * A small stand-in for office.js (its CDN is unreachable here), served by the
 * start-up benchmark in place of https://appsforoffice.microsoft.com/.../office.js:
 * Office.onReady resolves with host Excel, CustomFunctions accepts the
 * associations functions.js makes at load, and Excel.run runs over a tiny
 * workbook with one table of three KPI rows (the pane lists the sources at
 * start-up and reads the only table at once). Every other Office.js object is a
 * permissive proxy: any call or property write is accepted.
 */
function stubSource() {
  /* This function is serialized into the page: browser code only. */
  const HEADERS = [
    "Employee",
    "Perspective",
    "Perspective weight",
    "KPI",
    "KPI weight",
    "Value at 50",
    "Value at 100",
    "Actual",
  ];
  const ROWS = [
    ["Ana", "Financial", 0.5, "ROA", 0.5, 0.05, 0.1, 0.08],
    ["Ana", "Financial", 0.5, "NPM", 0.5, 0.1, 0.2, 0.15],
    ["Ana", "Customer", 0.5, "Retention", 1, 0.7, 0.9, 0.85],
  ];
  const VALUES = [HEADERS, ...ROWS];
  const FIXED = {
    address: "Sheet1!A1:H4",
    values: VALUES,
    formulas: VALUES.map((r) => r.map((v) => String(v))),
    text: VALUES.map((r) => r.map((v) => String(v))),
    rowIndex: 0,
    columnIndex: 0,
    rowCount: VALUES.length,
    columnCount: HEADERS.length,
    isNullObject: false,
    type: "Range",
  };
  const handler = {
    get(target, prop) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (prop === "sync") return () => Promise.resolve();
      if (prop === "items")
        return target.path.includes("tables") ? [node(["table"], { name: "Kpis" })] : [];
      if (prop in target.fixed) return target.fixed[prop];
      if (prop in FIXED) return FIXED[prop];
      if (prop === "name") return "Sheet1";
      return node([...target.path, prop]);
    },
    set() {
      return true;
    },
    apply(target) {
      return node(target.path);
    },
  };
  function node(path, fixed = {}) {
    const target = function officeProxy() {};
    target.path = path;
    target.fixed = fixed;
    return new Proxy(target, handler);
  }
  window.CustomFunctions = {
    associate() {},
    Error: class {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    },
    ErrorCode: {},
  };
  const info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    context: { displayLanguage: "en-US", requirements: { isSetSupported: () => true } },
    onReady(callback) {
      const ready = Promise.resolve(info);
      if (callback) ready.then(callback);
      return ready;
    },
  };
  window.Excel = new Proxy(
    {
      run: (batch) => Promise.resolve().then(() => batch(node(["context"]))),
    },
    { get: (t, prop) => (prop in t ? t[prop] : node(["Excel", prop])) }
  );
}

/** The stub as a script body. */
const OFFICE_STUB = `(${stubSource.toString()})();`;

module.exports = { OFFICE_STUB };
