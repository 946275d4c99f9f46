/**
 * Entry of embed.html: the public map (src/embed) with the national places (src/places) it opens for `place=` and
 * `units=2025`. Features never import each other: this entry composes the two, as the app shell does for the
 * explorer. The places' code loads only when a page names a place (the map asks for it at its first update, after
 * this module has run).
 */
import { providePlaces } from './embed/place-opener';
import './embed/embed-main';

providePlaces(() => import('./places/place-session'));
