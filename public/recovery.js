// The recovery screen: if the app stops, the page says so in its language and offers a way on,
// instead of going blank or freezing (src/ui/recovery.rs explains the three ways on).
//
// The release wasm is built with panic = "immediate-abort" (BENCHMARKS.md, issue 18): a panic
// is a bare WebAssembly trap, with no panic hook and no message, and the trap reaches
// JavaScript as a `WebAssembly.RuntimeError` ("unreachable"), thrown out of whatever called
// into the wasm: an event listener or timer (the window's 'error' event) or a promise
// callback (its 'unhandledrejection'). This plain script, loaded before the app, watches both
// and draws the screen without the wasm, whose instance is not to be trusted after a trap.
// Its words, the address parameter and the storage keys come from the app
// (`window.mflmRecovery`, set by recovery.rs as it starts and when the language is known).
// Other errors (a failed fetch the app handles, say) are not traps and change nothing.
'use strict';
(() => {
  let shown = false;

  function show() {
    const words = window.mflmRecovery;
    const body = document.body;
    if (shown || !words || !body) return;
    shown = true;
    body.replaceChildren();
    const element = (tag, text) => {
      const node = document.createElement(tag);
      node.textContent = text;
      return node;
    };
    const link = (label, href) => {
      const a = element('a', label);
      a.setAttribute('href', href);
      a.setAttribute('class', 'button');
      return a;
    };
    const main = document.createElement('main');
    main.setAttribute('class', 'recovery');
    main.setAttribute('role', 'alert');
    main.append(element('h1', words.title), element('p', words.body), link(words.reload, location.href));
    let saved = null;
    try {
      saved = words.shortlistKeys.map((key) => localStorage.getItem(key)).find((value) => value !== null) ?? null;
    } catch {
      // Storage turned off: nothing to export.
    }
    if (saved !== null) {
      const exported = link(words.export, `data:application/json;charset=utf-8,${encodeURIComponent(saved)}`);
      exported.setAttribute('download', 'mflm-shortlist.json');
      main.append(exported);
    }
    main.append(link(words.reset, `?${words.resetParameter}`));
    body.append(main);
  }

  const trap = (error) => typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
  addEventListener('error', (event) => {
    if (trap(event.error)) show();
  });
  addEventListener('unhandledrejection', (event) => {
    if (trap(event.reason)) show();
  });
})();
