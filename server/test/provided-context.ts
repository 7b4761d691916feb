// What global-setup.ts provides to every test file (vitest's inject()).
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    templateDatabase: string;
  }
}

export {};
