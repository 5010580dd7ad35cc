/**
 * Playground entry. By now playgroundRuntime.js has set the `CustomFunctions`
 * global and functions.js (the add-in's real custom functions) has associated
 * its functions with it. Here: read functions.json, build the sample workbook
 * in a simulated host with those functions wired in, install `Excel` /
 * `Office` as globals, and render the page (grid + the real task pane).
 *
 * ?large=12000 adds a "Large data" sheet of that many generated rows;
 * ?locale=id-ID makes the workbook Indonesian (decimal commas in the cells and the pane);
 * ?lang=id-ID makes Office's display language Indonesian (the pane and the functions' messages).
 *
 * When something fails: the page renders inside an error boundary (parts of it
 * have their own: ./ui/App), errors nothing caught show in a banner
 * (./ui/uncaught, listening from the first line here), and a start-up failure
 * shows what failed instead of a blank page.
 *
 * For tests and for trying faults from the browser's console, the page exposes
 * `window.__bscPlayground.host`: the simulated host of the current sample (a
 * new one after "Reset sample"). For example
 *   __bscPlayground.host.failSyncAt(3, "GeneralException", "Simulated failure", "before")
 * makes the third request from now fail (test/e2e/resilience.test.ts does this
 * in the middle of a build). Nothing of the add-in reads it.
 */
import { createRoot } from "react-dom/client";
import {
  CustomFunctionsRuntime,
  FunctionsMetadataInput,
  SimulatedHost,
  installCustomFunctions,
} from "../excel-simulator";
import { Sample, createSample } from "./sample";
import { App } from "./ui/App";
import { CrashNotice, ErrorBoundary } from "./ui/ErrorBoundary";
import { uncaughtErrors } from "./ui/uncaught";
import { wordsFor } from "./ui/words";

/** What the page exposes for tests and the console (see above). */
export interface PlaygroundHook {
  /** The simulated host of the current sample. */
  readonly host: SimulatedHost;
}

declare global {
  interface Window {
    __bscPlayground?: PlaygroundHook;
  }
}

uncaughtErrors.listen(window);

const reload = { label: "Reload the playground", run: () => window.location.reload() };

/** A locale tag the browser knows, or undefined (en-US) for anything else. */
function supportedLocale(tag: string | null): string | undefined {
  try {
    return tag ? Intl.NumberFormat.supportedLocalesOf([tag])[0] : undefined;
  } catch {
    return undefined;
  }
}

async function boot(container: HTMLElement): Promise<void> {
  const runtime: CustomFunctionsRuntime | undefined = window.__bscCustomFunctions;
  if (!runtime || runtime.associations.size === 0)
    throw new Error("The custom functions did not load (functions.js).");
  const response = await fetch("functions.json");
  if (!response.ok) throw new Error(`functions.json: HTTP ${response.status}`);
  const metadata = (await response.json()) as FunctionsMetadataInput;
  const query = new URLSearchParams(window.location.search);
  const large = Number(query.get("large") ?? 0);
  const culture = supportedLocale(query.get("locale"));
  const displayLanguage = supportedLocale(query.get("lang"));
  let previous: Sample | undefined;
  const make = async (): Promise<Sample> => {
    previous?.restore();
    const sample = await createSample((host) => installCustomFunctions(host, runtime, metadata), {
      target: window,
      largeRows: Number.isFinite(large) ? Math.min(large, 200_000) : 0,
      culture,
      displayLanguage,
    });
    previous = sample;
    return sample;
  };
  const initial = await make();
  window.__bscPlayground = {
    get host() {
      return (previous ?? initial).host;
    },
  };
  createRoot(container).render(
    <ErrorBoundary title="The playground stopped" variant="page" actions={[reload]}>
      <App initial={initial} createSample={make} words={wordsFor(displayLanguage)} />
    </ErrorBoundary>
  );
}

const container = document.getElementById("playground");
if (container) {
  boot(container).catch((error: unknown) => {
    console.error(error);
    container.textContent = "";
    createRoot(container).render(
      <CrashNotice
        title="The playground could not start"
        error={error}
        variant="page"
        actions={[reload]}
      />
    );
  });
}
