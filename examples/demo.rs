//! The README's first command: builds a "dev" and a "prod" SQLite database
//! from the SQL under `sql/examples/`, then runs `ferry plan` and `ferry
//! run` with `examples/appmeta.toml` — no database server needed.
//!
//! ```text
//! cargo run --example demo
//! ```

// Tests, benchmarks and examples panic by design on a failed expectation;
// the no-panic lints (Cargo.toml) are for the library and the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{ferry, sqlite};
use std::path::Path;

const SCHEMA: &str = include_str!("../sql/examples/appmeta-schema.sqlite.sql");
const DEV_DATA: &str = include_str!("../sql/examples/appmeta-dev-data.sqlite.sql");

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/demo");
    std::fs::create_dir_all(&dir)?;
    let (dev, prod) = (dir.join("dev.db"), dir.join("prod.db"));
    sqlite(&dev, &[SCHEMA, DEV_DATA], true).await?;
    sqlite(&prod, &[SCHEMA], true).await?;
    println!("dev:  {}  (schema and the CRM app's rows)", dev.display());
    println!(
        "prod: {}  (schema only: initialised, empty)\n",
        prod.display()
    );
    std::env::set_var("FERRY_DEMO_DEV", format!("sqlite://{}", dev.display()));
    std::env::set_var("FERRY_DEMO_PROD", format!("sqlite://{}", prod.display()));
    let job = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/appmeta.toml");
    let job = job.to_str().ok_or("job path is not UTF-8")?;

    println!("$ ferry plan --job examples/appmeta.toml");
    ferry(&["plan", "--job", job]).await?;
    println!("\n$ ferry run --job examples/appmeta.toml --yes");
    ferry(&["run", "--job", job, "--yes"]).await?;
    println!("\nprod now holds the CRM app. Try it yourself:");
    println!(
        "  cargo run -- plan --from sqlite://{} --to sqlite://{}",
        dev.display(),
        prod.display()
    );
    Ok(())
}
