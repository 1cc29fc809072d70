/**
 * The esbuild settings of every catalog function, in one place without CDK
 * imports: the CDK app's NodejsFunction bundling (catalog-function.ts), the
 * bundle benchmark and the bundle test all read them, so what is measured and
 * checked is what is deployed. Everything is bundled (SDK v3 included) as ESM
 * and tree-shaken, the SDK's ES modules preferred (mainFields) so unused
 * commands and serde code drop out; the banner gives bundled CommonJS code a `require`.
 */
export const LambdaBundling = {
  format: 'esm',
  target: 'node24',
  minify: true,
  sourcemap: true,
  // The map without the sources' text (0.8 MB instead of 2.3 MB for an API): stack traces still name
  // file and line, and with --enable-source-maps (NODE_OPTIONS) a cold start reads the map.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
} as const;
