/** Commune labels on the map are this many times their normal size while presenting, to read from the back of a room. */
export const PRESENTER_LABEL_SCALE = 1.5;
