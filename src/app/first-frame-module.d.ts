/**
 * Khung hình đầu dựng sẵn / The explorer's first frame compiled at build time (build/first-frame.ts, served by
 * build/builtin-data-plugin.ts): the default view's choropleth over the slim built-in data, its metric by id.
 */
declare module 'virtual:builtin-dataset/first-frame' {
  const firstFrame: import('./first-frame').FirstFrame;
  export default firstFrame;
}
