/**
 * A part of the playground that fails shows that it failed, the error and a
 * way out, in its own place, while the rest of the page keeps working (React
 * would otherwise unmount the whole page on an exception while rendering).
 * Used around the page, the workbook view, the grid, each chart and the task
 * pane.
 */
import { Component, CSSProperties, ReactNode } from "react";
import { describeError, noteCaught } from "./errors";

/** A button under the message: "Reset sample", "Reload the playground", ... */
export interface WayOut {
  readonly label: string;
  readonly run: () => void;
}

export interface CrashNoticeProps {
  /** What failed, as a sentence: "The chart “Perspective scores” could not be drawn". */
  readonly title: string;
  readonly error: unknown;
  /** Renders the part again. */
  readonly onRetry?: () => void;
  readonly actions?: readonly WayOut[];
  /** "page": the whole page; "panel": fills its part's area; "inline": a small box (a chart); "banner": a strip under the header. */
  readonly variant?: "page" | "panel" | "inline" | "banner";
  readonly style?: CSSProperties;
}

export function CrashNotice({
  title,
  error,
  onRetry,
  actions = [],
  variant = "panel",
  style,
}: CrashNoticeProps) {
  const { code, message, details } = describeError(error);
  return (
    <div
      role="alert"
      className={`crash crash-${variant}`}
      style={style}
      // Inside the grid (a chart's place) the grid's own mouse and keyboard handling stays out of it.
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="crash-title">{title}</div>
      <div className="crash-message">
        {code && !message.startsWith(code) && <span className="crash-code">{code}: </span>}
        {message}
      </div>
      {details.length > 0 && (
        <details className="crash-details">
          <summary>Details</summary>
          <pre>{details.join("\n")}</pre>
        </details>
      )}
      <div className="crash-actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {actions.map((a) => (
          <button type="button" key={a.label} onClick={a.run}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export interface ErrorBoundaryProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** When one of these changes after a failure, the part is rendered again (e.g. the sheet, the workbook's version). */
  readonly resetKeys?: readonly unknown[];
  readonly actions?: readonly WayOut[];
  readonly variant?: CrashNoticeProps["variant"];
  readonly style?: CSSProperties;
}

interface State {
  readonly failure?: { readonly error: unknown };
}

function changed(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));
}

/** React itself logs what a boundary caught (console.error, with the component stack): nothing is hidden. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    noteCaught(error);
    return { failure: { error } };
  }

  componentDidUpdate(prev: ErrorBoundaryProps, prevState: State): void {
    // Only a failure that was already shown is retried: the render that failed may itself have changed a key.
    if (this.state.failure && prevState.failure && changed(prev.resetKeys, this.props.resetKeys))
      this.retry();
  }

  retry = (): void => this.setState({ failure: undefined });

  render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return (
      <CrashNotice
        title={this.props.title}
        error={failure.error}
        onRetry={this.retry}
        actions={this.props.actions}
        variant={this.props.variant}
        style={this.props.style}
      />
    );
  }
}

/** Throws `error` while rendering, so the nearest boundary shows it (for errors caught outside React's render). */
export function Rethrow({ error }: { readonly error: unknown }): null {
  throw error;
}
