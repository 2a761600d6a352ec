// Builds a deck from the learner's own files off the page's thread. The same
// FactQuiz module as the page (its JS glue and wasm, already cached) is loaded
// here; it reads the files and finds the facts, and the deck goes back in
// pieces so the page never stops to take it in.
self.onmessage = async (e) => {
  const { glue, wasm, names, files } = e.data;
  try {
    const m = await import(glue);
    await m.default({ module_or_path: wasm });
    const parts = m.build_deck(names, files, (stage, done) => self.postMessage({ kind: 'progress', stage, done }));
    parts.forEach((part, i) => self.postMessage({ kind: 'part', part, done: (i + 1) / parts.length }));
    self.postMessage({ kind: 'done' });
  } catch (err) {
    self.postMessage({ kind: 'error', message: String((err && err.message) || err) });
  }
};
