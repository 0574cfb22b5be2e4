//! The README's promotion walkthrough: builds a "dev" and a "prod" SQLite
//! database (prod holds users, apps and reports of its own), then promotes
//! the CRM app with `examples/promote-app.toml` — plan with details, run —
//! and promotes the next release the same way. No database server needed.
//!
//! ```text
//! cargo run --example promote
//! ```

// Tests, benchmarks and examples panic by design on a failed expectation;
// the no-panic lints (Cargo.toml) are for the library and the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::{ferry, sqlite};
use std::path::Path;

const SCHEMA: &str = include_str!("../sql/examples/appmeta-schema.sqlite.sql");
const DEV_DATA: &str = include_str!("../sql/examples/appmeta-dev-data.sqlite.sql");
const PROD_DATA: &str = include_str!("../sql/examples/appmeta-prod-data.sqlite.sql");

/// Dev's next release of the CRM app: version 3 with an invoice form.
const NEXT_RELEASE: &str = "
INSERT INTO app_app (appId, appVersion, name, published, description, dateCreated)
  VALUES ('crm', 3, 'CRM', 1, 'Release 2.4 — invoices', '2024-04-02 09:00:00');
INSERT INTO app_form (appId, appVersion, formId, name, tableName, json, dateCreated)
  SELECT appId, 3, formId, name, tableName, json, dateCreated FROM app_form WHERE appId = 'crm' AND appVersion = 2;
INSERT INTO app_form (appId, appVersion, formId, name, tableName, json, dateCreated)
  VALUES ('crm', 3, 'invoice', 'Invoice', 'crm_invoice', '{\"properties\":{\"id\":\"invoice\"}}', '2024-04-02 09:10:00');
UPDATE dir_user SET lastName = 'Grant-Lee' WHERE username = 'cat';
";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/promote");
    std::fs::create_dir_all(&dir)?;
    let (dev, prod) = (dir.join("dev.db"), dir.join("prod.db"));
    sqlite(&dev, &[SCHEMA, DEV_DATA], true).await?;
    sqlite(&prod, &[SCHEMA, PROD_DATA], true).await?;
    println!("dev:  {}  (the CRM app, version 2)", dev.display());
    println!(
        "prod: {}  (its own users, CRM versions 1 and 2, HR, reports)\n",
        prod.display()
    );
    std::env::set_var("DEV_DB", format!("sqlite://{}", dev.display()));
    std::env::set_var("PROD_DB", format!("sqlite://{}", prod.display()));
    let job = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/promote-app.toml");
    let job = job.to_str().ok_or("job path is not UTF-8")?;

    println!("$ ferry plan --job examples/promote-app.toml --details");
    ferry(&["plan", "--job", job, "--details"]).await?;
    println!("\n$ ferry run --job examples/promote-app.toml --yes");
    ferry(&["run", "--job", job, "--yes"]).await?;

    sqlite(&dev, &[NEXT_RELEASE], false).await?;
    println!("\n# dev moves on: CRM version 3 with an invoice form, cat's name corrected");
    println!("$ ferry run --job examples/promote-app.toml --yes");
    ferry(&["run", "--job", job, "--yes"]).await?;
    println!(
        "\nprod's CRM versions: 1 and 2 (its own), 3 (dev's 2) and 4 (dev's 3), unpublished. Look:\n  sqlite3 {} 'SELECT appId, appVersion, published, description FROM app_app'",
        prod.display()
    );
    Ok(())
}
