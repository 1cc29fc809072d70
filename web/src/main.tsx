import { render } from 'preact';
import { App } from './app.js';
import { loadRuntimeConfig } from './auth/runtime-config.js';

const root = document.getElementById('app')!;

loadRuntimeConfig()
  .then((config) => render(<App config={config} />, root))
  .catch((error: unknown) => {
    // Without its configuration the app cannot sign anyone in; say so in both languages.
    root.innerHTML = '';
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `Tjänsten kunde inte starta. / The service could not start. (${String(error)})`;
    root.append(message);
  });
