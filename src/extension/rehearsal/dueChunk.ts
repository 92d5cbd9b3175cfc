// What the Node extension requires from dist/due.js a moment after activation (register.ts, see
// esbuild.js and duePackage.ts): rehearsal's attempt store, the due-stories tracker behind the
// status bar's count, and the three commands. The rehearsal panel comes later, with dist/panel.js.
export { Rehearsal } from './rehearsal';
