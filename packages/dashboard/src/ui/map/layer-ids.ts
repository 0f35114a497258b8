// Stable layer ids: deck.gl keeps a layer's GPU state across renders by id; tooltips dispatch on them.
export const TERRITOIRES_LAYER_ID = 'territoires-choroplethe';
export const POLES_LAYER_ID = 'poles-points';
export const DENSITE_LAYER_ID = 'poles-densite';
export const LABELS_LAYER_ID = 'territoires-etiquettes';
