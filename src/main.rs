//! Thin: parse, run, map the error to an exit code.

use clap::Parser;
use ferry::cli::{Cli, LogFormat};
use std::io::Write;
use tracing_subscriber::EnvFilter;

fn main() {
    ferry::output::mark_start();
    let cli = Cli::parse();
    let level = match (cli.quiet, cli.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new(format!("ferry={level}")));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let json_logs = cli.log_format == LogFormat::Json;
    match json_logs {
        true => logs.json().flatten_event(true).init(),
        false => logs.init(),
    }

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    let json = cli.command.json();
    let result = runtime.block_on(ferry::commands::execute(&cli.command, cli.quiet));
    if let Err(error) = result {
        if json {
            let mut document = ferry::output::error_json(&error);
            // error_json builds an object.
            if let Some(object) = document.as_object_mut() {
                object.insert("command".into(), cli.command.name().into());
            }
            ferry::output::print_json(&document);
        }
        // Every variant's message already includes its cause; it may quote
        // what the user wrote, so URLs' passwords are hidden.
        let message = ferry::endpoint::redact_text(&error.to_string());
        match json_logs {
            true => tracing::error!(exit_code = error.exit_code() as i32, "{message}"),
            false => {
                let _ = writeln!(std::io::stderr().lock(), "error: {message}");
            }
        }
        std::process::exit(error.exit_code() as i32);
    }
}
