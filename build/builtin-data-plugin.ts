/**
 * Plugin Vite: dữ liệu dựng sẵn được kiểm tra lúc build / Vite plugin serving `virtual:builtin-dataset`: the
 * built-in dataset parsed, joined and checked in Node at build and dev time (so the browser's start chunk carries
 * neither zod nor papaparse), as JSON, and `virtual:builtin-dataset/slim`, the same without what the public embed never
 * shows (build/slim-builtin.ts). Invalid built-in data fails the build with each problem's file, row and column.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { CompiledBuiltin } from './compile-builtin';
import { slimBuiltin } from './slim-builtin';

/** The id the app imports. */
export const BUILTIN_DATASET_ID = 'virtual:builtin-dataset';
/** The id the public embed imports: the built-in data without the plan's texts and the findings. */
export const SLIM_BUILTIN_DATASET_ID = `${BUILTIN_DATASET_ID}/slim`;
const RESOLVED_ID = `\0${BUILTIN_DATASET_ID}`;
const RESOLVED_SLIM_ID = `\0${SLIM_BUILTIN_DATASET_ID}`;
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

/**
 * Serve the compiled built-in dataset as `virtual:builtin-dataset` and its slim variant as
 * `virtual:builtin-dataset/slim` (one compilation for both); rebuilt when one of its files changes in dev.
 */
export function builtinDataPlugin(compile: () => Promise<Compilation> = compileWithRunner): Plugin {
  /** The files of the last compilation. */
  let sources = new Set<string>();
  /** The compilation both modules are made from, until a build starts again or a source file changes. */
  let pending: Promise<Compilation> | null = null;
  return {
    name: 'builtin-data',
    buildStart() {
      pending = null;
    },
    resolveId(id) {
      if (id === BUILTIN_DATASET_ID) return RESOLVED_ID;
      return id === SLIM_BUILTIN_DATASET_ID ? RESOLVED_SLIM_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SLIM_ID) return undefined;
      pending ??= compile().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      const { compiled, files } = await pending;
      sources = new Set(files);
      for (const file of files) this.addWatchFile(file);
      if (!compiled.ok) {
        this.error(`Dữ liệu dựng sẵn không hợp lệ / The built-in data is invalid:\n  ${compiled.problems.join('\n  ')}`);
      }
      const value = id === RESOLVED_SLIM_ID ? slimBuiltin(compiled.value) : compiled.value;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!sources.has(file)) return undefined;
      pending = null;
      const modules = new Set([RESOLVED_ID, RESOLVED_SLIM_ID].map((id) => server.moduleGraph.getModuleById(id)));
      for (const module of modules) if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
