import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/api-client.js';
import type { Session } from './auth/session.js';
import type { RuntimeConfig } from './auth/runtime-config.js';
import type { Language, MessageKey } from './i18n/dictionary.js';
import type { Params } from './i18n/translate.js';

/** What every page needs: the language, the signed-in user, the API and navigation. */
export interface AppContextValue {
  readonly lang: Language;
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly setLang: (lang: Language) => void;
  readonly config: RuntimeConfig;
  readonly session: Session | undefined;
  readonly setSession: (session: Session | undefined) => void;
  readonly api: ApiClient;
  readonly navigate: (path: string) => void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
