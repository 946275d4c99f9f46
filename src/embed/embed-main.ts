/** Entry of embed.html: the public map (SVG first, MapLibre on demand), and its height posted to the parent page whenever it changes. */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './poverty-embed';
import { embedIdFromSearch, heightMessage } from './embed-frame';

if (window.parent !== window) {
  const id = embedIdFromSearch(location.search);
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height, id), '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
}
