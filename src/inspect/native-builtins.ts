/**
 * pdf.js (loaded by pdf-parse, and its worker module on the first PDF) installs core-js
 * polyfills that replace `Array.prototype.push` and `JSON.parse` with JavaScript versions for the
 * whole thread. Detection pushes to arrays constantly, so it ran about twice as slow in the
 * scan workers. This module must be imported before the extraction stage: it keeps the engine's
 * own functions, and `restoreNativeBuiltins()` puts them back (after start-up and after each
 * extraction). The native versions behave the same for every ordinary array and string.
 */
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== nativeJsonParse) {
    Object.defineProperty(JSON, 'parse', { value: nativeJsonParse, writable: true, configurable: true, enumerable: false });
  }
}
