/* global window */
/**
 * The playground's first script: Excel's custom-functions runtime as a global,
 * before dist/functions.js runs (it calls `CustomFunctions.associate(...)` at
 * load). playground.html loads playgroundRuntime.js → functions.js →
 * playground.js; the page then wires the associated functions into the host.
 */
import { CustomFunctionsRuntime, installCustomFunctionsGlobal } from "../excel-simulator";

declare global {
  interface Window {
    /** The runtime functions.js associated its functions with (set here, read by index.tsx). */
    __bscCustomFunctions?: CustomFunctionsRuntime;
  }
}

window.__bscCustomFunctions = installCustomFunctionsGlobal(window);
