// shared/tsconfig.json maps React, DOM-bound libraries, host SDKs, msw and Node built-ins to this
// empty module, so any import of them from the core fails to compile ("has no exported member").
export {};
