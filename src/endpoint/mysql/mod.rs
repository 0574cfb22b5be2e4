//! MySQL.
use super::DbUrl;
use crate::error::{Error, Result};
pub struct MySqlSource;
pub struct MySqlSink;
impl MySqlSource {
    pub async fn connect(_u: &DbUrl) -> Result<Self> {
        Err(Error::bad_input("todo"))
    }
}
impl MySqlSink {
    pub async fn connect(_u: &DbUrl) -> Result<Self> {
        Err(Error::bad_input("todo"))
    }
}
