// The checker of "Your own data file" (src/ui/own_file.rs starts it): a module worker that
// loads the app's own WebAssembly (its JavaScript module and .wasm, whose addresses the page
// sends, as the build names them with a hash) and calls its `check_data_file`, so a big file
// is read, parsed and validated here, never on the page's main thread.
//
// Message in: { module, wasm, file } (two addresses, and the File the person chose).
// Message out: { report, bytes } (the report as JSON text, and the bytes checked, handed back
// without a copy for the page to use if the file passed), or { error } (a sentence) if the
// file could not be read or the WebAssembly could not load or stopped (out of memory, say).
self.onmessage = async (event) => {
  const { module, wasm, file } = event.data ?? {};
  try {
    const bytes = await file.arrayBuffer();
    const app = await import(module);
    await app.default({ module_or_path: wasm });
    const report = app.check_data_file(new Uint8Array(bytes));
    self.postMessage({ report, bytes }, [bytes]);
  } catch (error) {
    self.postMessage({ error: String(error && error.message ? error.message : error) });
  }
};
