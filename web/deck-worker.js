// Builds a deck from the learner's own files off the page's thread. It loads
// the text builder (builder.js and builder_bg.wasm: a wasm module of its own,
// so reading and extraction are not in the page's module), which reads the
// files and finds the facts; the deck goes back in pieces so the page never
// stops to take it in. {kind: 'load'} only loads the builder (Your texts does
// it when it opens, so the service worker keeps the builder for offline use).
let builder;
async function load() {
  if (!builder) {
    const m = await import('./builder.js');
    await m.default();
    builder = m;
  }
  return builder;
}

self.onmessage = async (e) => {
  const { kind, names, files } = e.data;
  let m;
  try {
    m = await load();
  } catch (err) {
    self.postMessage({
      kind: 'error',
      message: navigator.onLine === false
        ? 'The text builder is not on this device yet: connect to the network once and open Your texts again.'
        : `The text builder could not be loaded (${String((err && err.message) || err)}).`,
    });
    return;
  }
  if (kind === 'load') {
    self.postMessage({ kind: 'ready' });
    return;
  }
  try {
    const parts = m.build_deck(names, files, (stage, done) => self.postMessage({ kind: 'progress', stage, done }));
    parts.forEach((part, i) => self.postMessage({ kind: 'part', part, done: (i + 1) / parts.length }));
    self.postMessage({ kind: 'done' });
  } catch (err) {
    self.postMessage({ kind: 'error', message: String((err && err.message) || err) });
  }
};
