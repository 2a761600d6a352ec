//! The web app binary (built by Trunk for wasm32). Natively it does nothing:
//! the CLI is `factquiz`.

#[cfg(target_arch = "wasm32")]
fn main() {
    factquiz::app::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app runs in the browser: serve it with scripts/serve. For the command line, use the factquiz binary.");
}
