// An image imported by the offline entry: webpack inlines it as a data: URI (webpack.config.js).
declare module '*.png' {
  const src: string;
  export default src;
}
