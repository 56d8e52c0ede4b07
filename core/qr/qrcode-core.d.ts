/**
 * The encoder of the `qrcode` package without its renderers: the part that needs no Node built-ins and no DOM, so
 * Apps Script can run it. Same options and result as the package's `create`.
 */
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
