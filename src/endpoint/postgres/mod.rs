//! PostgreSQL.
use super::DbUrl;
use crate::error::{Error, Result};
pub struct PgSource;
pub struct PgSink;
impl PgSource { pub async fn connect(_u: &DbUrl) -> Result<Self> { Err(Error::bad_input("todo")) } }
impl PgSink { pub async fn connect(_u: &DbUrl) -> Result<Self> { Err(Error::bad_input("todo")) } }
