/** Which commune of the SVG map a pointer is over, and where it is in the element. */

/** The commune (GSO code, or null) under an SVG pointer event and the pointer's position in `host`'s box (pixels). */
export function communeAtPointer(e: PointerEvent | MouseEvent, host: HTMLElement): { code: string | null; x: number; y: number } {
  const path = e.composedPath().find((t): t is SVGElement => t instanceof SVGElement && t.classList.contains('commune'));
  const box = host.getBoundingClientRect();
  return { code: path?.dataset['gso'] ?? null, x: e.clientX - box.left - host.clientLeft, y: e.clientY - box.top - host.clientTop };
}
