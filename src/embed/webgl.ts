/** Whether this browser can draw WebGL, asked once and only when the zoomable map is wanted (a test context is freed at once). */

let answer: boolean | null = null;

/** True when a WebGL 2 or WebGL 1 context can be created. */
export function webglAvailable(): boolean {
  if (answer !== null) return answer;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    answer = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    answer = false;
  }
  return answer;
}
