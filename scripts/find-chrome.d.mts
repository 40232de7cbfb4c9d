// Types for find-chrome.mjs, so TypeScript files (tests/e2e/*) can import it; tsconfig has no allowJs.
import type { Browser, LaunchOptions } from 'playwright-core'

export const repoRoot: string
export const CHROME_INSTALL_HINT: string
export function findChrome(): string
export const chromiumArgs: readonly string[]
export function launchChromium(options?: LaunchOptions): Promise<Browser>
export function assertBuilt(distDir?: string): string
export function getFreePort(host?: string): Promise<number>

export interface PreviewServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  url: string
  port: number
  pid: number
  /** Kill the server's process group; safe to call more than once. */
  stop(): Promise<void>
}
export function startPreview(options?: {
  cwd?: string
  host?: string
  timeoutMs?: number
  attempts?: number
}): Promise<PreviewServer>
