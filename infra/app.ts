import { createApp } from './create-app.js';

// Entry point of `npx cdk synth|deploy` (cdk.json "app"); handlers are bundled locally with esbuild.
createApp().app.synth();
