/**
 * Microsoft's own Office.js client (`@microsoft/office-js`, excel-web-16.00.js)
 * in front of a simulated host. The add-in's code meets the real `Excel` and
 * `OfficeExtension` namespaces: proxies, load/sync, PropertyNotLoaded, null
 * objects, tracked objects and request serialization are Microsoft's. Every
 * `context.sync()` becomes one ProcessQuery request, which the host executes
 * (./richApi) and answers in the format the client parses.
 *
 * Where the client comes from: in the browser, the script tag playground.html
 * loads before the page (window.Excel ...); in Node, ./node's
 * `useOfficeJsInNode()` evaluates the same script in a jsdom window. Nothing
 * of it is bundled into the add-in (dist/functions.js, dist/taskpane.js).
 */
import type { SimulatedHost } from "./host";

/** The namespaces the client script defines on its window. */
export interface OfficeJsClient {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** The window the script runs in (its `OSF` and `Office`). */
  readonly window: Record<string, unknown>;
  /** Ends the window (its timers: Excel.run's clean-up retries), where the loader made one. */
  readonly close?: () => void;
}

interface HttpRequestInfo {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

interface HttpResponseInfo {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface ClientInternals {
  HttpUtility: {
    setCustomSendRequestFunc(fn: (r: HttpRequestInfo) => Promise<HttpResponseInfo>): void;
  };
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  Utility: { _synchronousCleanup?: boolean };
}

let loader: (() => OfficeJsClient) | undefined;
let loaded: OfficeJsClient | undefined;

/** Where the client comes from when no browser script has defined it (Node: ./node). */
export function setOfficeJsLoader(load: () => OfficeJsClient): void {
  loader = load;
}

/** The client of this page (a script tag) or of the registered loader; an error when there is none. */
export function officeJsClient(): OfficeJsClient {
  if (loaded) return loaded;
  const page =
    typeof window !== "undefined" ? (window as unknown as Record<string, unknown>) : undefined;
  const pageClient = page?.OfficeExtension as { HttpUtility?: unknown } | undefined;
  if (page && pageClient?.HttpUtility) {
    loaded = {
      Excel: page.Excel as typeof Excel,
      OfficeExtension: page.OfficeExtension as typeof OfficeExtension,
      window: page,
    };
  } else if (loader) {
    loaded = loader();
  } else {
    throw new Error(
      "Microsoft's Office.js client is not loaded: in the browser, load excel-web-16.00.js before the page; in Node, call useOfficeJsInNode() from excel-simulator/node."
    );
  }
  wire(loaded);
  return loaded;
}

/** Closes a client the loader made (Node: its jsdom window); the next use loads a new one. */
export function closeOfficeJsClient(): void {
  loaded?.close?.();
  loaded = undefined;
}

/** Hosts by the origin their requests go to: one client can serve several hosts, one per RequestContext URL. */
const hosts = new Map<string, SimulatedHost>();
let hostCounter = 0;

function wire(client: OfficeJsClient): void {
  const internals = client.OfficeExtension as unknown as ClientInternals;
  internals.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const origin = new URL(request.url).origin;
    const host = hosts.get(origin);
    if (!host)
      return {
        statusCode: 404,
        headers: {},
        body: JSON.stringify({
          error: { code: "ConnectionFailure", message: `No simulated host at ${origin}.` },
        }),
      };
    return host.processQuery(request);
  });
  // Excel.run cleans up the objects it tracked with one more request after the batch; by default it does
  // not wait for it. Waiting makes request counts deterministic (the request is the same either way).
  internals.Utility._synchronousCleanup = true;
}

/** The address a host's requests go to (a reserved .invalid name: nothing leaves the process). */
export function hostUrl(host: SimulatedHost): string {
  for (const [origin, h] of hosts) if (h === host) return `${origin}/`;
  const origin = `https://excel-${++hostCounter}.invalid`;
  hosts.set(origin, host);
  return `${origin}/`;
}

/** `Office.context` as the Office runtime provides it once initialized (requirement sets, languages). */
export interface OfficeContext {
  readonly host: string;
  readonly displayLanguage?: string;
  readonly contentLanguage?: string;
  readonly requirements: { isSetSupported(name: string, version?: string | number): boolean };
}

/** Makes `context` what the client's `Office.context` returns (as Office's app factory does at start-up). */
export function setOfficeContext(client: OfficeJsClient, context: OfficeContext): void {
  const osf = client.window.OSF as
    { _OfficeAppFactory?: { getContext?: () => unknown } } | undefined;
  if (!osf) return;
  osf._OfficeAppFactory = { ...(osf._OfficeAppFactory ?? {}), getContext: () => context };
}

/**
 * Points `new Excel.RequestContext()` and `Excel.run` of the client at `host`.
 * Returns a function that detaches it again.
 */
export function attachHost(client: OfficeJsClient, host: SimulatedHost): () => void {
  const internals = client.OfficeExtension as unknown as ClientInternals;
  const previous = internals.ClientRequestContext.defaultRequestUrlAndHeaders;
  // A string, not { url, headers }: the client recognises that object form by its prototype, which
  // differs between realms (in Node the client runs in a jsdom window, the tests in jest's context).
  internals.ClientRequestContext.defaultRequestUrlAndHeaders = hostUrl(host);
  return () => {
    internals.ClientRequestContext.defaultRequestUrlAndHeaders = previous;
  };
}
