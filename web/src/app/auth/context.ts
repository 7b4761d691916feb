import { createContext, useContext } from 'react';
import type { Me } from './api';

export type AuthState = {
  /** undefined while the session is being checked, null when signed out. */
  me: Me | null | undefined;
  setMe: (me: Me | null) => void;
  /** Re-reads the session, e.g. after the user changed their password. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
};

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

/** For pages behind RequireAuth, where the user is known to be signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe must be used behind <RequireAuth>');
  return me;
}
