#!/usr/bin/env node
// `npm run import -- <file> …`: loads scripts/import-cli.ts (TypeScript, sharing the app's parser
// in src/domain/import) through Vite's module runner, so there is no second build of the parser.
import { runnerImport } from 'vite'

const { module } = await runnerImport(new URL('./import-cli.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
})
process.exitCode = await module.main(process.argv.slice(2))
