/** Registers the SVG-first map as `<poverty-map>` (the public embed and the stand-alone web component), unless a page already has one. */
import { QuickMap } from './quick-map';

if (!customElements.get('poverty-map')) customElements.define('poverty-map', QuickMap);

export { QuickMap };
