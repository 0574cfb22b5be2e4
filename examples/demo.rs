//! The README's first command: builds a "dev" and a "prod" SQLite database
//! from the SQL under `sql/examples/`, then runs `ferry plan` and `ferry
//! run` with `examples/appmeta.toml` — no database server needed.
//!
//! ```text
//! cargo run --example demo
//! ```

use clap::Parser;
use sqlx::{Connection, Executor, SqliteConnection};
use std::path::Path;

const SCHEMA: &str = include_str!("../sql/examples/appmeta-schema.sqlite.sql");
const DEV_DATA: &str = include_str!("../sql/examples/appmeta-dev-data.sqlite.sql");

async fn create(path: &Path, scripts: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let _ = std::fs::remove_file(path);
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let mut conn = SqliteConnection::connect(&url).await?;
    for script in scripts {
        conn.execute(*script).await?;
    }
    conn.close().await?;
    Ok(())
}

async fn ferry(args: &[&str]) -> Result<(), ferry::Error> {
    let cli = ferry::cli::Cli::parse_from(std::iter::once("ferry").chain(args.iter().copied()));
    ferry::commands::execute(&cli.command, cli.quiet).await
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/demo");
    std::fs::create_dir_all(&dir)?;
    let (dev, prod) = (dir.join("dev.db"), dir.join("prod.db"));
    create(&dev, &[SCHEMA, DEV_DATA]).await?;
    create(&prod, &[SCHEMA]).await?;
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
