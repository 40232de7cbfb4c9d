// Types for preview-server.mjs, so TypeScript files (tests/e2e/*) can import it; tsconfig has no allowJs.

export interface PreviewServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  url: string
  /** Stop the server; safe to call more than once. */
  close(): Promise<void>
}
export function startPreview(options?: { root?: string; host?: string }): Promise<PreviewServer>
