export declare const PERMISSIVE: ReadonlySet<string>
export declare function permissive(expression: unknown): boolean
export declare function declaredLicence(pkg: {
  license?: string | { type?: string }
  licenses?: (string | { type?: string })[]
}): string | null
