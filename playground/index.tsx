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
 */
import { createRoot } from "react-dom/client";
import { CustomFunctionsRuntime, FunctionsMetadataInput, installCustomFunctions } from "./host";
import { Sample, createSample } from "./sample";
import { App } from "./ui/App";

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
  createRoot(container).render(<App initial={initial} createSample={make} />);
}

const container = document.getElementById("playground");
if (container) {
  boot(container).catch((error: unknown) => {
    console.error(error);
    container.textContent = `The playground could not start: ${(error as Error).message}`;
  });
}
