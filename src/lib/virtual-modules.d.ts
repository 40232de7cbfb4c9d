/** What the build validated (vite.config.ts, plugin `leitai:validated`): see src/lib/trusted-data.ts. */
declare module 'virtual:leitai-validated' {
  const validated: {
    /** sha256 of JSON.stringify(the manifest), or null when the build had no manifest. */
    manifest: string | null
    /** Manifest path → sha256 of the file's bytes, for every file the build validated. */
    files: Record<string, string>
  }
  export default validated
}
