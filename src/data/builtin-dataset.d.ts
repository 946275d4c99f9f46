/** Bộ dữ liệu dựng sẵn đã kiểm tra lúc build / The built-in dataset, checked and packed at build time (build/builtin-data-plugin.ts). */
declare module 'virtual:builtin-dataset' {
  /** The packed dataset and the map context, as JSON. */
  const builtin: import('./dataset-pack').BuiltinData;
  export default builtin;
}

/**
 * The built-in data for the public embed: the same table, boundaries, join and map context, with the plan's text
 * sections, stated figures, recipients, the bodies' duties and the findings empty (build/slim-builtin.ts).
 */
declare module 'virtual:builtin-dataset/slim' {
  const builtin: import('./dataset-pack').BuiltinData;
  export default builtin;
}
