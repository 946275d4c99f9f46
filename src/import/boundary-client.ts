/**
 * Reading a person's JSON files (plan or boundaries) in the boundary worker, so parsing, validating, simplifying and
 * labelling a large boundary file never blocks the page. Where workers are missing (node) or the worker cannot start,
 * the same pure code runs on this thread. Label points found are handed to the map's label cache.
 */
import { wrap, type Remote } from 'comlink';
import { readJsonText, type JsonReading } from '../data/boundary-prepare';
import { rememberLabelPoints } from '../map/labels';
import type { CommuneFeature } from '../data/join';
import type { BoundaryWorkerApi } from './boundary-worker';

export type { JsonReading } from '../data/boundary-prepare';

interface Running {
  api: Remote<BoundaryWorkerApi>;
  /** Rejects when the worker fails to load or dies. */
  failed: Promise<never>;
}

let running: Running | null = null;
/** Collections this module prepared (validated in full before simplifying), so they need no second validation. */
const PREPARED = new WeakSet<object>();
let unavailable = typeof Worker === 'undefined';

function start(): Running | null {
  if (unavailable) return null;
  if (running) return running;
  const worker = new Worker(new URL('./boundary-worker.ts', import.meta.url), { type: 'module', name: 'boundaries' });
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`boundary worker failed: ${event.message || 'it could not be loaded'}`));
    }, { once: true }),
  );
  failed.catch(() => {
    worker.terminate();
    running = null;
    unavailable = true;
  });
  running = { api: wrap<BoundaryWorkerApi>(worker), failed };
  return running;
}

/** Resolve in a new task, so the work that follows does not lengthen the one that received the worker's reply. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function readHere(file: Blob, name: string): Promise<JsonReading> {
  return readJsonText(await file.text(), name);
}

/** Read one JSON file (off the main thread when possible): a plan, prepared boundaries, or what is wrong with it. */
export async function readJsonFile(file: Blob, name: string): Promise<JsonReading> {
  const worker = start();
  let reading: JsonReading;
  if (!worker) reading = await readHere(file, name);
  else {
    try {
      reading = await Promise.race([worker.api.read(file, name), worker.failed]);
      await nextTask();
    } catch (error) {
      if (!unavailable) throw error;
      console.warn(error instanceof Error ? error.message : error, '— reading on the main thread');
      reading = await readHere(file, name);
    }
  }
  if (reading.kind === 'boundaries') {
    rememberLabelPoints(reading.labelPoints);
    PREPARED.add(reading.collection);
  }
  return reading;
}

/** The features of a collection `readJsonFile` prepared (already valid), or null for any other value. */
export function preparedFeatures(json: unknown): CommuneFeature[] | null {
  return json !== null && typeof json === 'object' && PREPARED.has(json) ? ((json as { features: CommuneFeature[] }).features) : null;
}
