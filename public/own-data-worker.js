// The checker of "Your own data file" (src/ui/own_data_check.rs starts it): a module worker
// that loads the app's own WebAssembly (its JavaScript module and .wasm, whose addresses the
// page sends, as the build names them with a hash) and calls its `check_data_file`, so a big
// file is parsed and validated here, never on the page's main thread.
//
// Message in: { module, wasm, bytes } (addresses, and the file's bytes as an ArrayBuffer).
// Message out: { report } (the report as JSON text), or { error } (a sentence) if the
// WebAssembly could not be loaded or stopped (out of memory, say).
self.onmessage = async (event) => {
  const { module, wasm, bytes } = event.data ?? {};
  try {
    const app = await import(module);
    await app.default({ module_or_path: wasm });
    const report = app.check_data_file(new Uint8Array(bytes));
    self.postMessage({ report });
  } catch (error) {
    self.postMessage({ error: String(error && error.message ? error.message : error) });
  }
};
