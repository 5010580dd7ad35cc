/**
 * jsdom gaps that Fluent UI v9 touches, for the task pane's component tests
 * only (imported by each test file, not by the shared jest setup).
 */
import { configure } from "@testing-library/react";

// Role queries skip their accessibility-tree visibility check (a getComputedStyle per
// element, seconds per query on the pane in jsdom). The pane hides content by not
// rendering it, so the check would add nothing.
configure({ defaultHidden: true });

// Whole-pane tests with Fluent in jsdom take a second or two each; leave room on a busy machine.
jest.setTimeout(20000);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

// Tabster (Fluent's focus manager) treats an element as hidden when its offsetParent is
// null or <body> has no size, as always in jsdom, which has no layout: Tab would then
// go nowhere. Give elements their parent as offsetParent (null under display: none)
// and <body> a size. (Inline styles only: getComputedStyle per ancestor is slow in jsdom.)
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    for (let el: HTMLElement | null = this; el; el = el.parentElement) {
      if (el.hidden || el.style.display === "none") return null;
    }
    return this.parentElement;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect(): DOMRect {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 1024,
    bottom: 768,
    width: 1024,
    height: 768,
    toJSON: () => ({}),
  };
};

export {};
