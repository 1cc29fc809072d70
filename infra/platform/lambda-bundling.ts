/**
 * The esbuild settings of every catalog function, in one place without CDK
 * imports: the CDK app's NodejsFunction bundling (catalog-function.ts), the
 * bundle benchmark and the bundle test all read them, so what is measured and
 * checked is what is deployed. Everything is bundled (SDK v3 included) and
 * tree-shaken; the banner gives bundled CommonJS code a `require`.
 */
export const LambdaBundling = {
  format: 'esm',
  target: 'node24',
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
} as const;
