/**
 * Plugin Vite: dữ liệu dựng sẵn được kiểm tra lúc build / Vite plugin serving `virtual:builtin-dataset`: the
 * built-in dataset parsed, joined and checked in Node at build and dev time (so the browser's start chunk carries
 * neither zod nor papaparse), as JSON. Invalid built-in data fails the build with each problem's file, row and column.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { CompiledBuiltin } from './compile-builtin';

/** The id the app imports. */
export const BUILTIN_DATASET_ID = 'virtual:builtin-dataset';
const RESOLVED_ID = `\0${BUILTIN_DATASET_ID}`;
const COMPILER = fileURLToPath(new URL('./compile-builtin.ts', import.meta.url));

/** The compiled data and the files it was made from (watched in dev). */
export interface Compilation {
  compiled: CompiledBuiltin;
  files: string[];
}

/** Run build/compile-builtin.ts (TypeScript importing `?raw` files) through Vite's module runner, in Node. */
async function compileWithRunner(): Promise<Compilation> {
  const { module, dependencies } = await runnerImport<{ compileBuiltin: () => CompiledBuiltin }>(COMPILER, { logLevel: 'error' });
  return { compiled: module.compileBuiltin(), files: [COMPILER, ...dependencies] };
}

/** Serve the compiled built-in dataset as `virtual:builtin-dataset`; rebuilt when one of its files changes in dev. */
export function builtinDataPlugin(compile: () => Promise<Compilation> = compileWithRunner): Plugin {
  /** The files of the last compilation. */
  let sources = new Set<string>();
  return {
    name: 'builtin-data',
    resolveId(id) {
      return id === BUILTIN_DATASET_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { compiled, files } = await compile();
      sources = new Set(files);
      for (const file of files) this.addWatchFile(file);
      if (!compiled.ok) {
        this.error(`Dữ liệu dựng sẵn không hợp lệ / The built-in data is invalid:\n  ${compiled.problems.join('\n  ')}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled.value))});\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!sources.has(file)) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
