// electron-vite's `?modulePath` import (see node_modules/electron-vite/node.d.ts): the path of the
// module bundled as its own chunk. document-worker.ts default-exports its own path, so the import
// means the same under tsx and in the tests.
declare module '*?modulePath' {
  const src: string;
  export default src;
}
