import { ensureWebDist } from './platform/web.js';
import { createApp } from './create-app.js';

// Entry point of `npx cdk synth|deploy` (cdk.json "app"); handlers are bundled
// locally with esbuild, and the web app is built into web/dist when missing.
await ensureWebDist();
createApp().app.synth();
