//! One set of progress events feeds the progress bars, the tracing logs and
//! the `--json` result, so they can never disagree.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;
use std::sync::Mutex;

/// What happens during a run, in order.
#[derive(Debug)]
pub enum Event<'a> {
    TableStarted {
        table: &'a str,
        rows: u64,
    },
    /// Rows and bytes written since the last event for this table.
    Written {
        table: &'a str,
        rows: u64,
        bytes: u64,
    },
    TableFinished {
        table: &'a str,
        rows: u64,
        seconds: f64,
    },
    Committed,
    RolledBack {
        reason: &'a str,
    },
}

pub trait Observer: Send + Sync {
    fn on(&self, event: &Event<'_>);
}

/// Logs events through `tracing` and draws per-table bars with rows/s and
/// ETA when `bars` is set (a terminal, no `--json`, no `-q`).
pub struct Console {
    multi: MultiProgress,
    bars: Mutex<HashMap<String, ProgressBar>>,
}

impl Console {
    pub fn new(bars: bool) -> Self {
        let target = if bars {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Console {
            multi: MultiProgress::with_draw_target(target),
            bars: Mutex::new(HashMap::new()),
        }
    }
}

impl Console {
    /// Takes the bars off the terminal for good, before a summary and a
    /// question are printed: nothing is drawn under the answer later.
    pub fn clear(&self) {
        let _ = self.multi.clear();
        self.multi.set_draw_target(ProgressDrawTarget::hidden());
    }
}

// why: the template is a constant; indicatif refuses only a malformed
// template, and no user text reaches it.
#[allow(clippy::expect_used)]
fn style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{prefix:>24.bold} [{bar:30.cyan/blue}] {human_pos:>10}/{human_len} rows  {rate:>14}  ETA {eta}",
    )
    .expect("valid template")
    .with_key(
        "rate",
        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} rows/s", state.per_sec());
        },
    )
    .progress_chars("=> ")
}

impl Observer for Console {
    fn on(&self, event: &Event<'_>) {
        let mut bars = crate::lock(&self.bars);
        match event {
            Event::TableStarted { table, rows } => {
                tracing::info!(table, rows, "copying");
                let bar = self.multi.add(ProgressBar::new(*rows));
                bar.set_style(style());
                bar.set_prefix(table.to_string());
                bars.insert(table.to_string(), bar);
            }
            Event::Written { table, rows, bytes } => {
                tracing::debug!(table, rows, bytes, "batch written");
                if let Some(bar) = bars.get(*table) {
                    bar.inc(*rows);
                }
            }
            Event::TableFinished {
                table,
                rows,
                seconds,
            } => {
                tracing::info!(table, rows, seconds, "table written");
                if let Some(bar) = bars.get(*table) {
                    bar.finish();
                }
            }
            Event::Committed => tracing::info!("committed"),
            Event::RolledBack { reason } => {
                for bar in bars.values() {
                    bar.abandon();
                }
                tracing::debug!(reason, "rolled back");
            }
        }
    }
}
