/** Bộ dữ liệu dựng sẵn đã kiểm tra lúc build / The built-in dataset, checked and packed at build time (build/builtin-data-plugin.ts). */
declare module 'virtual:builtin-dataset' {
  /** The packed dataset and the map context, as JSON. */
  const builtin: import('./dataset-pack').BuiltinData;
  export default builtin;
}
