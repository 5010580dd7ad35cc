/**
 * The playground's error handling in jsdom: a failing part shows what failed,
 * the error (Microsoft's OfficeExtension.Error with its code and debugInfo, or
 * any thrown value) and ways out, and the rest keeps rendering; errors nothing
 * caught are collected for the banner; the task pane's own root has a boundary.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { CrashNotice, ErrorBoundary } from "../../../playground/ui/ErrorBoundary";
import { caughtLately, describeError, errorLine, noteCaught } from "../../../playground/ui/errors";
import { UncaughtLog } from "../../../playground/ui/uncaught";
import { UncaughtBanner } from "../../../playground/ui/UncaughtBanner";

jest.mock("../../../src/taskpane/mount", () => ({
  mountTaskPane: (root: { render(children: unknown): void }) => {
    function Pane(): JSX.Element {
      throw new Error("The pane met something unexpected");
    }
    root.render(<Pane />);
  },
}));

/** What Microsoft's client rejects with when Excel answers an error (OfficeExtension.Error). */
const officeError = Object.assign(new Error("The requested resource doesn't exist."), {
  name: "RichApi.Error",
  code: "ItemNotFound",
  debugInfo: {
    code: "ItemNotFound",
    message: "The requested resource doesn't exist.",
    errorLocation: "WorksheetCollection.getItem",
    statement: "var item = worksheets.getItem(...);",
    surroundingStatements: [
      "var workbook = context.workbook;",
      "var worksheets = workbook.worksheets;",
    ],
  },
});

let fail: unknown;
function Part() {
  if (fail !== undefined) throw fail;
  return <p>part drawn</p>;
}

beforeEach(() => {
  fail = undefined;
  // React logs what a boundary caught (console.error): expected here.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

describe("describeError", () => {
  test("an OfficeExtension.Error: code, message, where and the statement", () => {
    const report = describeError(officeError);
    expect(report.code).toBe("ItemNotFound");
    expect(report.message).toBe("The requested resource doesn't exist.");
    expect(report.details).toEqual(
      expect.arrayContaining([
        "Where: WorksheetCollection.getItem",
        "Statement: var item = worksheets.getItem(...);",
        "  var worksheets = workbook.worksheets;",
        "Type: RichApi.Error",
      ])
    );
    expect(errorLine(officeError)).toBe("ItemNotFound: The requested resource doesn't exist.");
  });

  test("anything else that can be thrown", () => {
    expect(describeError(new TypeError("x is not a function"))).toMatchObject({
      message: "x is not a function",
    });
    expect(describeError("a string")).toEqual({ message: "a string", details: [] });
    expect(describeError(undefined).message).toBe("undefined was thrown");
    expect(describeError({ code: "GeneralException" }).message).toBe("GeneralException");
    expect(errorLine({ code: "X", message: "X: already prefixed" })).toBe("X: already prefixed");
  });
});

describe("ErrorBoundary", () => {
  test("shows what failed, the error and ways out; the rest of the page stays", () => {
    fail = officeError;
    const reset = jest.fn();
    render(
      <main>
        <p>rest of the page</p>
        <ErrorBoundary
          title="The grid could not draw the sheet “X”"
          actions={[{ label: "Reset sample", run: reset }]}
        >
          <Part />
        </ErrorBoundary>
      </main>
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The grid could not draw the sheet “X”");
    expect(alert).toHaveTextContent("ItemNotFound: The requested resource doesn't exist.");
    expect(alert).toHaveTextContent("Where: WorksheetCollection.getItem");
    expect(screen.getByText("rest of the page")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Reset sample" }));
    expect(reset).toHaveBeenCalledTimes(1);
    // Try again renders the part again: it draws once the cause is gone.
    fail = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("part drawn")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("tries again when a reset key changes after the failure, not in the render that failed", () => {
    let renders = 0;
    function Counting() {
      renders++;
      if (fail !== undefined) throw fail;
      return <p>part drawn</p>;
    }
    function Host() {
      const [version, setVersion] = useState(0);
      return (
        <>
          <button onClick={() => setVersion((v) => v + 1)}>change</button>
          <ErrorBoundary title="Part failed" resetKeys={[version]}>
            <Counting />
          </ErrorBoundary>
        </>
      );
    }
    fail = new Error("still broken");
    render(<Host />);
    expect(screen.getByRole("alert")).toHaveTextContent("still broken");
    const afterFailure = renders;
    // No render loop (React renders a failing part a few times in development: replay, retry).
    expect(afterFailure).toBeLessThan(10);
    fireEvent.click(screen.getByText("change"));
    expect(screen.getByRole("alert")).toHaveTextContent("still broken");
    fail = undefined;
    fireEvent.click(screen.getByText("change"));
    expect(screen.getByText("part drawn")).toBeInTheDocument();
  });

  test("remembers what it caught, so the uncaught-error log does not show it twice", () => {
    fail = new Error("caught by a boundary");
    render(
      <ErrorBoundary title="Part failed">
        <Part />
      </ErrorBoundary>
    );
    expect(caughtLately(new Error("caught by a boundary"))).toBe(true);
    expect(caughtLately(new Error("something else"))).toBe(false);
  });

  test("a thrown non-Error is shown too", () => {
    render(<CrashNotice title="Part failed" error={42} />);
    expect(screen.getByRole("alert")).toHaveTextContent("42");
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("UncaughtLog and its banner", () => {
  test("lists unhandled rejections and uncaught errors; Dismiss clears them", () => {
    jest.useFakeTimers();
    try {
      const log = new UncaughtLog();
      const stop = log.listen(window);
      render(<UncaughtBanner log={log} />);
      const rejection = new Event("unhandledrejection") as Event & { reason?: unknown };
      rejection.reason = officeError;
      act(() => void window.dispatchEvent(rejection));
      expect(screen.getByRole("alert")).toHaveTextContent(
        "A promise was rejected and nothing handled it"
      );
      expect(screen.getByRole("alert")).toHaveTextContent("ItemNotFound");
      act(() => {
        window.dispatchEvent(new ErrorEvent("error", { error: new Error("thrown in a handler") }));
        jest.advanceTimersByTime(300);
      });
      expect(screen.getByRole("alert")).toHaveTextContent(
        "An error was thrown and nothing caught it (and 1 more)"
      );
      // A render error a boundary already shows (React replays it to window in development) is skipped.
      noteCaught(new Error("shown by a boundary"));
      act(() => {
        window.dispatchEvent(new ErrorEvent("error", { error: new Error("shown by a boundary") }));
        jest.advanceTimersByTime(300);
      });
      expect(log.getSnapshot()).toHaveLength(2);
      fireEvent.click(screen.getByRole("button", { name: "Dismiss all" }));
      expect(screen.queryByRole("alert")).toBeNull();
      stop();
      act(() => void window.dispatchEvent(rejection));
      expect(log.getSnapshot()).toHaveLength(0);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("TaskPanePanel", () => {
  test("a pane that fails while rendering shows it in the pane; the panel's frame stays", async () => {
    const { TaskPanePanel } = await import("../../../playground/ui/TaskPanePanel");
    const reset = jest.fn();
    render(<TaskPanePanel actions={[{ label: "Reset sample", run: reset }]} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The task pane stopped");
    expect(alert).toHaveTextContent("The pane met something unexpected");
    expect(screen.getByRole("complementary", { name: "Task pane" })).toContainElement(alert);
    fireEvent.click(screen.getByRole("button", { name: "Reset sample" }));
    expect(reset).toHaveBeenCalled();
  });
});
