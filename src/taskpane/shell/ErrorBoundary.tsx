import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What to show instead of the children once one of them threw while rendering. */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
  /** Called once per caught error, e.g. for logging; React already reports it on the console. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  caught: { error: unknown } | null;
}

/** Keeps the pane from going blank: a render error in a pane replaces that part with the fallback. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    // Wrapped so that even `throw undefined` counts as caught.
    return { caught: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    return this.state.caught ? this.props.fallback(this.state.caught.error) : this.props.children;
  }
}
