/** The boundary worker: reads plan and boundary JSON files off the main thread (comlink; see src/data/boundary-prepare.ts). */
import { expose } from 'comlink';
import { readJsonText, type JsonReading } from '../data/boundary-prepare';

/** What the worker offers its client. */
const api = {
  /** Read, parse and (for boundaries) validate, simplify and label one JSON file. */
  async read(file: Blob, name: string): Promise<JsonReading> {
    return readJsonText(await file.text(), name);
  },
};

/** The worker's interface, for `wrap` in the client. */
export type BoundaryWorkerApi = typeof api;

expose(api);
