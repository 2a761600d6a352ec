# Sourced by the scripts: puts the pinned npm tools (wasm-opt) first in PATH
# and the cargo bin directory on it. Debian's binaryen is too old for
# current wasm-bindgen output.
FACTQUIZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$FACTQUIZ_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
